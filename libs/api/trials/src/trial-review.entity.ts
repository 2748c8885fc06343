import type { Eligibility, PatientInterest, ReviewDecision } from '@oneday/domain';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { Trial } from './trial.entity.js';

/** A reviewer's decision on one trial for one case, and the patient's voluntary interest. */
@Entity('trial_review')
@Check('trial_review_overall_check', `overall IN ('ELIGIBLE','POSSIBLY_ELIGIBLE','NOT_ELIGIBLE')`)
@Check('trial_review_decision_check', `decision IN ('CONSIDER','NOT_ELIGIBLE','DEFER')`)
@Check(
  'trial_review_interest_check',
  `patient_interest IN ('INTERESTED','NOT_INTERESTED','UNDECIDED')`,
)
@Index('trial_review_case_id_idx', ['caseId'])
export class TrialReview {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'trial_review_pkey' })
  id!: string;

  @ForeignKey('cancer_case', { name: 'trial_review_case_id_fkey' })
  @Column({ type: 'uuid' })
  caseId!: string;

  @Column({ type: 'uuid' })
  trialId!: string;

  @ManyToOne(() => Trial)
  @JoinColumn({ name: 'trial_id', foreignKeyConstraintName: 'trial_review_trial_id_fkey' })
  trial?: Relation<Trial>;

  /** The clinic day's trial-eligibility visit this review happened in, if any. */
  @ForeignKey('visit', { name: 'trial_review_visit_id_fkey' })
  @Column({ type: 'uuid', nullable: true })
  visitId!: string | null;

  /** Per-criterion MET / NOT_MET / UNKNOWN with the deciding value, as evaluated. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  results!: unknown[];

  @Column({ type: 'text' })
  overall!: Eligibility;

  @Column({ type: 'text' })
  decision!: ReviewDecision;

  @Column({ type: 'text', default: '' })
  reason!: string;

  @ForeignKey('app_user', { name: 'trial_review_reviewer_id_fkey' })
  @Column({ type: 'uuid' })
  reviewerId!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  reviewedAt!: Date;

  @Column({ type: 'text', nullable: true })
  patientInterest!: PatientInterest | null;

  @Column({ type: 'boolean', nullable: true })
  contactConsent!: boolean | null;

  @ForeignKey('app_user', { name: 'trial_review_consent_discussed_by_id_fkey' })
  @Column({ type: 'uuid', nullable: true })
  consentDiscussedById!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  consentDiscussedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  consentWithdrawnAt!: Date | null;
}
