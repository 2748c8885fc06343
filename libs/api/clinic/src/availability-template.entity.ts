import { Check, Column, Entity, ForeignKey, PrimaryGeneratedColumn } from 'typeorm';

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

  @ForeignKey('specialist', { name: 'availability_template_specialist_id_fkey' })
  @Column({ type: 'uuid' })
  specialistId!: string;

  @ForeignKey('site', { name: 'availability_template_site_id_fkey' })
  @Column({ type: 'uuid' })
  siteId!: string;

  @ForeignKey('room', { name: 'availability_template_room_id_fkey' })
  @Column({ type: 'uuid' })
  roomId!: string;

  @Column({ type: 'smallint' })
  isoWeekday!: number;

  @Column({ type: 'integer' })
  startMinute!: number;

  @Column({ type: 'integer' })
  endMinute!: number;

  @Column({ type: 'integer' })
  slotMinutes!: number;
}
