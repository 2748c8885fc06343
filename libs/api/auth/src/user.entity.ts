import type { Role } from '@oneday/domain';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';

@Entity('app_user')
@Unique('app_user_email_key', ['email'])
@Check('app_user_email_lowercase_check', 'email = lower(email)')
@Check('app_user_role_check', `role IN ('COORDINATOR','PHYSICIAN','PATIENT','ADMIN')`)
@Check('app_user_patient_link_check', `(role = 'PATIENT') = (patient_id IS NOT NULL)`)
export class User {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'app_user_pkey' })
  id!: string;

  /** Stored lower-case; sign-in compares lower-case. */
  @Column({ type: 'text' })
  email!: string;

  /** argon2id hash; the password itself is never stored. */
  @Column({ type: 'text' })
  passwordHash!: string;

  @Column({ type: 'text' })
  role!: Role;

  @Column({ type: 'text' })
  displayName!: string;

  @ForeignKey('specialist', { name: 'app_user_specialist_id_fkey' })
  @Column({ type: 'uuid', nullable: true })
  specialistId!: string | null;

  @ForeignKey('patient', { name: 'app_user_patient_id_fkey' })
  @Column({ type: 'uuid', nullable: true })
  patientId!: string | null;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
