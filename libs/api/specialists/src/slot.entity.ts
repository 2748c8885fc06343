import type { SlotStatus } from '@oneday/domain';
import {
  Check,
  Column,
  Entity,
  Exclusion,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { Room } from './room.entity.js';
import { Site } from './site.entity.js';
import { Specialist } from './specialist.entity.js';

@Entity('slot')
@Check('slot_status_check', `status IN ('FREE','BOOKED','BLOCKED')`)
@Check('slot_time_check', 'ends_at > starts_at')
@Exclusion(
  'slot_specialist_no_overlap',
  'USING gist (specialist_id WITH =, tstzrange(starts_at, ends_at) WITH &&)',
)
@Index('slot_site_id_starts_at_idx', ['siteId', 'startsAt'])
export class Slot {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'slot_pkey' })
  id!: string;

  @Column({ type: 'uuid' })
  specialistId!: string;

  @ManyToOne(() => Specialist)
  @JoinColumn({ name: 'specialist_id', foreignKeyConstraintName: 'slot_specialist_id_fkey' })
  specialist?: Relation<Specialist>;

  @Column({ type: 'uuid' })
  siteId!: string;

  @ManyToOne(() => Site)
  @JoinColumn({ name: 'site_id', foreignKeyConstraintName: 'slot_site_id_fkey' })
  site?: Relation<Site>;

  @Column({ type: 'uuid' })
  roomId!: string;

  @ManyToOne(() => Room)
  @JoinColumn({ name: 'room_id', foreignKeyConstraintName: 'slot_room_id_fkey' })
  room?: Relation<Room>;

  @Column({ type: 'timestamptz' })
  startsAt!: Date;

  @Column({ type: 'timestamptz' })
  endsAt!: Date;

  @Column({ type: 'text', default: 'FREE' })
  status!: SlotStatus;

  @Column({ type: 'text', nullable: true })
  blockReason!: string | null;
}
