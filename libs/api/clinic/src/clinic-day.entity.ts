import type { ClinicDayStatus, ClinicProgram } from '@oneday/domain';
import { User } from '@oneday/api-auth';
import { CancerCase } from '@oneday/api-conference';
import { Patient } from '@oneday/api-patients';
import { Site } from '@oneday/api-specialists';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  type Relation,
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
export class ClinicDay {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'clinic_day_pkey' })
  id!: string;

  @Column({ type: 'uuid' })
  patientId!: string;

  @ManyToOne(() => Patient)
  @JoinColumn({ name: 'patient_id', foreignKeyConstraintName: 'clinic_day_patient_id_fkey' })
  patient?: Relation<Patient>;

  @Column({ type: 'uuid', nullable: true })
  caseId!: string | null;

  @ManyToOne(() => CancerCase)
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'clinic_day_case_id_fkey' })
  case?: Relation<CancerCase>;

  @Column({ type: 'uuid' })
  siteId!: string;

  @ManyToOne(() => Site)
  @JoinColumn({ name: 'site_id', foreignKeyConstraintName: 'clinic_day_site_id_fkey' })
  site?: Relation<Site>;

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

  @Column({ type: 'uuid' })
  bookedById!: string;

  @ManyToOne(() => User)
  @JoinColumn({ name: 'booked_by_id', foreignKeyConstraintName: 'clinic_day_booked_by_id_fkey' })
  bookedBy?: Relation<User>;

  @CreateDateColumn({ type: 'timestamptz' })
  bookedAt!: Date;
}
