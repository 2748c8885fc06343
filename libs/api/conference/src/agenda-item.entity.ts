import type { AgendaItemStatus } from '@oneday/domain';
import {
  Check,
  Column,
  Entity,
  ForeignKey,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
  Unique,
} from 'typeorm';
import { Conference } from './conference.entity.js';

@Entity('agenda_item')
@Unique('agenda_item_conference_id_case_id_key', ['conferenceId', 'caseId'])
// Deferred so a reorder can swap positions inside one transaction.
@Unique('agenda_item_conference_id_position_key', ['conferenceId', 'position'], {
  deferrable: 'INITIALLY DEFERRED',
})
@Check('agenda_item_status_check', `status IN ('PENDING','PRESENTED')`)
@Check('agenda_item_minutes_check', 'minutes > 0')
@Index('agenda_item_case_id_idx', ['caseId'])
export class AgendaItem {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'agenda_item_pkey' })
  id!: string;

  @Column({ type: 'uuid' })
  conferenceId!: string;

  @ManyToOne(() => Conference)
  @JoinColumn({ name: 'conference_id', foreignKeyConstraintName: 'agenda_item_conference_id_fkey' })
  conference?: Relation<Conference>;

  @ForeignKey('cancer_case', { name: 'agenda_item_case_id_fkey' })
  @Column({ type: 'uuid' })
  caseId!: string;

  @Column({ type: 'integer' })
  position!: number;

  @ForeignKey('specialist', { name: 'agenda_item_presenter_id_fkey' })
  @Column({ type: 'uuid', nullable: true })
  presenterId!: string | null;

  @Column({ type: 'integer', default: 10 })
  minutes!: number;

  /** Presented before treatment started (CoC Standard 2.5 counts these). */
  @Column({ type: 'boolean', default: true })
  prospective!: boolean;

  @Column({ type: 'text', default: 'PENDING' })
  status!: AgendaItemStatus;
}
