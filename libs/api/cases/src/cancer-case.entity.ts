import type { CaseProgram, CaseStatus, FindingKind, Urgency } from '@oneday/domain';
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

/** mCODE-shaped tumor markers; each value with the date it was measured. */
export interface BiomarkerValue {
  value: string;
  observedOn: string;
}
export type Biomarkers = Record<string, BiomarkerValue>;

/** One piece of evidence: a lab, imaging, pathology, history or a physician's note. */
export interface Finding {
  kind: FindingKind;
  name: string;
  value?: string;
  unit?: string;
  observedOn: string;
  text?: string;
}

/** A patient's case, before, at and after any Cancer Conference ("case" is an SQL keyword). */
@Entity('cancer_case')
@Check('cancer_case_program_check', `program IN ('BREAST','PROSTATE','HEAD_AND_NECK','OTHER')`)
@Check('cancer_case_ecog_check', 'ecog BETWEEN 0 AND 5')
@Check('cancer_case_urgency_check', `urgency IN ('ROUTINE','SOON','URGENT')`)
@Check('cancer_case_status_check', `status IN ('SUBMITTED','ON_AGENDA','DISCUSSED','WITHDRAWN')`)
@Index('cancer_case_patient_id_idx', ['patientId'])
// A clinic day's case must be its patient's: clinic_day references (id, patient_id).
@Unique('cancer_case_id_patient_id_key', ['id', 'patientId'])
@Index('cancer_case_submitted_by_id_idx', ['submittedById'])
export class CancerCase {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'cancer_case_pkey' })
  id!: string;

  @ForeignKey('patient', { name: 'cancer_case_patient_id_fkey' })
  @Column({ type: 'uuid' })
  patientId!: string;

  /** The submitting physician. */
  @ForeignKey('specialist', { name: 'cancer_case_submitted_by_id_fkey' })
  @Column({ type: 'uuid' })
  submittedById!: string;

  @Column({ type: 'text' })
  program!: CaseProgram;

  @Column({ type: 'text' })
  primarySite!: string;

  @Column({ type: 'text' })
  histology!: string;

  @Column({ type: 'text', nullable: true })
  clinicalT!: string | null;

  @Column({ type: 'text', nullable: true })
  clinicalN!: string | null;

  @Column({ type: 'text', nullable: true })
  clinicalM!: string | null;

  @Column({ type: 'text', nullable: true })
  stageGroup!: string | null;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  biomarkers!: Biomarkers;

  @Column({ type: 'smallint', nullable: true })
  ecog!: number | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  priorTherapy!: string[];

  @Column({ type: 'boolean', default: false })
  treatmentStarted!: boolean;

  @Column({ type: 'text' })
  question!: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  findings!: Finding[];

  @Column({ type: 'text', default: 'ROUTINE' })
  urgency!: Urgency;

  @Column({ type: 'text', default: 'SUBMITTED' })
  status!: CaseStatus;

  @CreateDateColumn({ type: 'timestamptz' })
  submittedAt!: Date;

  /** When a conference first put it on its agenda; null while the board has not had it. */
  @Column({ type: 'timestamptz', nullable: true })
  firstOnAgendaAt!: Date | null;
}
