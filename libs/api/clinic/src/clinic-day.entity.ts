import type { ClinicDayStatus, ClinicProgram } from '@oneday/domain';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';

/** One patient's same-day multidisciplinary clinic: every visit at one site on one date. */
@Entity('clinic_day')
@Unique('clinic_day_idempotency_key_key', ['idempotencyKey'])
@Check('clinic_day_program_check', `program IN ('BREAST','PROSTATE','HEAD_AND_NECK')`)
@Check('clinic_day_status_check', `status IN ('BOOKED','CANCELLED','COMPLETED')`)
@Index('clinic_day_patient_id_idx', ['patientId'])
@Index('clinic_day_one_booked_day_per_patient', ['patientId', 'day'], {
  unique: true,
  where: `status = 'BOOKED'`,
})
@ForeignKey('cancer_case', ['caseId', 'patientId'], ['id', 'patientId'], {
  name: 'clinic_day_case_of_patient_fkey',
})
export class ClinicDay {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'clinic_day_pkey' })
  id!: string;

  @ForeignKey('patient', { name: 'clinic_day_patient_id_fkey' })
  @Column({ type: 'uuid' })
  patientId!: string;

  @ForeignKey('cancer_case', { name: 'clinic_day_case_id_fkey' })
  @Column({ type: 'uuid', nullable: true })
  caseId!: string | null;

  @ForeignKey('site', { name: 'clinic_day_site_id_fkey' })
  @Column({ type: 'uuid' })
  siteId!: string;

  @Column({ type: 'text' })
  program!: ClinicProgram;

  /** The site-local calendar date (yyyy-MM-dd). */
  @Column({ type: 'date' })
  day!: string;

  @Column({ type: 'text', default: 'BOOKED' })
  status!: ClinicDayStatus;

  /** Sent by the client so a double-click books once. */
  @Column({ type: 'text', nullable: true })
  idempotencyKey!: string | null;

  @Column({ type: 'text', nullable: true })
  cancelReason!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  lunchStartsAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  lunchEndsAt!: Date | null;

  @ForeignKey('app_user', { name: 'clinic_day_booked_by_id_fkey' })
  @Column({ type: 'uuid' })
  bookedById!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  bookedAt!: Date;
}
