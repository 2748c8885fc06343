import {
  Check,
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { Room } from './room.entity.js';
import { Site } from './site.entity.js';
import { Specialist } from './specialist.entity.js';

/** A specialist's weekly hours at a site, in the site's wall-clock time. */
@Entity('availability_template')
@Check('availability_template_weekday_check', 'iso_weekday BETWEEN 1 AND 7')
@Check(
  'availability_template_hours_check',
  'start_minute >= 0 AND end_minute <= 1440 AND end_minute > start_minute AND slot_minutes > 0',
)
export class AvailabilityTemplate {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'availability_template_pkey' })
  id!: string;

  @Column({ type: 'uuid' })
  specialistId!: string;

  @ManyToOne(() => Specialist)
  @JoinColumn({
    name: 'specialist_id',
    foreignKeyConstraintName: 'availability_template_specialist_id_fkey',
  })
  specialist?: Relation<Specialist>;

  @Column({ type: 'uuid' })
  siteId!: string;

  @ManyToOne(() => Site)
  @JoinColumn({ name: 'site_id', foreignKeyConstraintName: 'availability_template_site_id_fkey' })
  site?: Relation<Site>;

  @Column({ type: 'uuid' })
  roomId!: string;

  @ManyToOne(() => Room)
  @JoinColumn({ name: 'room_id', foreignKeyConstraintName: 'availability_template_room_id_fkey' })
  room?: Relation<Room>;

  @Column({ type: 'smallint' })
  isoWeekday!: number;

  @Column({ type: 'integer' })
  startMinute!: number;

  @Column({ type: 'integer' })
  endMinute!: number;

  @Column({ type: 'integer' })
  slotMinutes!: number;
}
