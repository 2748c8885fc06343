import type { Sex } from '@oneday/domain';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';

@Entity('patient')
@Unique('patient_mrn_key', ['mrn'])
@Check('patient_sex_check', `sex IN ('FEMALE','MALE','OTHER','UNKNOWN')`)
@Index('patient_family_name_idx', { synchronize: false })
export class Patient {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'patient_pkey' })
  id!: string;

  /** Medical record number, unique at the center. */
  @Column({ type: 'text' })
  mrn!: string;

  @Column({ type: 'text' })
  givenName!: string;

  @Column({ type: 'text' })
  familyName!: string;

  /** A calendar date, kept as yyyy-MM-dd text in code so no zone can shift it. */
  @Column({ type: 'date' })
  birthDate!: string;

  @Column({ type: 'text' })
  sex!: Sex;

  /** BCP 47 language tag for the patient's own pages and interpreter needs. */
  @Column({ type: 'text', default: 'en' })
  language!: string;

  @Column({ type: 'boolean', default: false })
  needsInterpreter!: boolean;

  @Column({ type: 'boolean', default: false })
  needsMobilityAssistance!: boolean;

  @Column({ type: 'boolean', default: false })
  needsTransport!: boolean;

  @Column({ type: 'text', nullable: true })
  phone!: string | null;

  @Column({ type: 'text', nullable: true })
  email!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
