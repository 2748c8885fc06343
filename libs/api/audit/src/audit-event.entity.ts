import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

import type { AuditOutcome } from '@oneday/domain';

export type { AuditOutcome };

/** One append-only line of who did what to which record; the database refuses edits. */
@Entity('audit_event')
@Check('audit_event_outcome_check', `outcome IN ('ALLOWED','DENIED','FAILED')`)
@Index('audit_event_occurred_at_idx', ['occurredAt'])
@Index('audit_event_entity_idx', ['entity', 'entityId'])
export class AuditEvent {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'audit_event_pkey' })
  id!: string;

  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ type: 'text', nullable: true })
  actorRole!: string | null;

  @Column({ type: 'text' })
  action!: string;

  @Column({ type: 'text' })
  entity!: string;

  @Column({ type: 'text', nullable: true })
  entityId!: string | null;

  @Column({ type: 'text' })
  outcome!: AuditOutcome;

  @Column({ type: 'text', nullable: true })
  detail!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  occurredAt!: Date;
}
