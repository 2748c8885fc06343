import type { SlotStatus } from '@oneday/domain';
import {
  Check,
  Column,
  Entity,
  Exclusion,
  ForeignKey,
  Index,
  PrimaryGeneratedColumn,
} from 'typeorm';

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

  @ForeignKey('specialist', { name: 'slot_specialist_id_fkey' })
  @Column({ type: 'uuid' })
  specialistId!: string;

  @ForeignKey('site', { name: 'slot_site_id_fkey' })
  @Column({ type: 'uuid' })
  siteId!: string;

  @ForeignKey('room', { name: 'slot_room_id_fkey' })
  @Column({ type: 'uuid' })
  roomId!: string;

  @Column({ type: 'timestamptz' })
  startsAt!: Date;

  @Column({ type: 'timestamptz' })
  endsAt!: Date;

  @Column({ type: 'text', default: 'FREE' })
  status!: SlotStatus;

  @Column({ type: 'text', nullable: true })
  blockReason!: string | null;
}
