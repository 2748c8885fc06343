import type { CaseProgram, ConferenceStatus } from '@oneday/domain';
// A cycle between the two entities; TypeORM resolves the lazy () => AgendaItem after both load.
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
} from 'typeorm';
import { AgendaItem } from './agenda-item.entity.js';

/** One meeting of the Cancer Conference (tumor board). */
@Entity('conference')
@Check('conference_program_check', `program IN ('BREAST','PROSTATE','HEAD_AND_NECK','OTHER')`)
@Check('conference_status_check', `status IN ('SCHEDULED','IN_PROGRESS','CLOSED')`)
@Check('conference_capacity_check', 'capacity_minutes > 0')
@Index('conference_starts_at_idx', ['startsAt'])
export class Conference {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'conference_pkey' })
  id!: string;

  @ForeignKey('site', { name: 'conference_site_id_fkey' })
  @Column({ type: 'uuid' })
  siteId!: string;

  @Column({ type: 'text' })
  title!: string;

  /** Null for a general (all-site) conference. */
  @Column({ type: 'text', nullable: true })
  program!: CaseProgram | null;

  @Column({ type: 'timestamptz' })
  startsAt!: Date;

  @Column({ type: 'integer', default: 60 })
  capacityMinutes!: number;

  @Column({ type: 'text', default: 'SCHEDULED' })
  status!: ConferenceStatus;

  /** The case on screen now, the same for everyone in the meeting. */
  @Column({ type: 'uuid', nullable: true })
  currentAgendaItemId!: string | null;

  @ManyToOne(() => AgendaItem)
  @JoinColumn({
    name: 'current_agenda_item_id',
    foreignKeyConstraintName: 'conference_current_agenda_item_id_fkey',
  })
  currentAgendaItem?: Relation<AgendaItem>;
}
