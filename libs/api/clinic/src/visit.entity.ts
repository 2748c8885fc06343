import type { Specialty, VisitStatus } from '@oneday/domain';
import {
  Check,
  Column,
  Entity,
  Exclusion,
  ForeignKey,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { ClinicDay } from './clinic-day.entity.js';
import { Slot } from './slot.entity.js';

/**
 * One step of a clinic day with one specialist. The exclusion constraints are the guarantee that
 * neither a specialist nor a patient is ever in two booked visits at once.
 */
@Entity('visit')
@Check('visit_status_check', `status IN ('BOOKED','CANCELLED')`)
@Check('visit_time_check', 'ends_at > starts_at')
@Exclusion(
  'visit_specialist_no_overlap',
  `USING gist (specialist_id WITH =, tstzrange(starts_at, ends_at) WITH &&) WHERE (status = 'BOOKED')`,
)
@Exclusion(
  'visit_patient_no_overlap',
  `USING gist (patient_id WITH =, tstzrange(starts_at, ends_at) WITH &&) WHERE (status = 'BOOKED')`,
)
@Index('visit_clinic_day_id_idx', ['clinicDayId'])
@Index('visit_starts_at_idx', ['startsAt'])
export class Visit {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'visit_pkey' })
  id!: string;

  @Column({ type: 'uuid' })
  clinicDayId!: string;

  @ManyToOne(() => ClinicDay)
  @JoinColumn({ name: 'clinic_day_id', foreignKeyConstraintName: 'visit_clinic_day_id_fkey' })
  clinicDay?: Relation<ClinicDay>;

  @ForeignKey('patient', { name: 'visit_patient_id_fkey' })
  @Column({ type: 'uuid' })
  patientId!: string;

  /** The program step this visit fulfils, e.g. NAVIGATOR_INTAKE or TRIAL_REVIEW. */
  @Column({ type: 'text' })
  step!: string;

  @Column({ type: 'text' })
  specialty!: Specialty;

  @ForeignKey('specialist', { name: 'visit_specialist_id_fkey' })
  @Column({ type: 'uuid' })
  specialistId!: string;

  @Column({ type: 'uuid', nullable: true })
  slotId!: string | null;

  @ManyToOne(() => Slot)
  @JoinColumn({ name: 'slot_id', foreignKeyConstraintName: 'visit_slot_id_fkey' })
  slot?: Relation<Slot>;

  @ForeignKey('room', { name: 'visit_room_id_fkey' })
  @Column({ type: 'uuid' })
  roomId!: string;

  @Column({ type: 'timestamptz' })
  startsAt!: Date;

  @Column({ type: 'timestamptz' })
  endsAt!: Date;

  @Column({ type: 'text', default: 'BOOKED' })
  status!: VisitStatus;
}
