import type { ClinicProgram, TrialSex } from '@oneday/domain';
import { Check, Column, Entity, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';

/** A clinical trial the center can offer, internal or external (cooperative groups). */
@Entity('trial')
@Unique('trial_nct_id_key', ['nctId'])
@Check('trial_sex_check', `sex IN ('ALL','FEMALE','MALE')`)
export class Trial {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'trial_pkey' })
  id!: string;

  @Column({ type: 'text' })
  nctId!: string;

  @Column({ type: 'text' })
  title!: string;

  /** ClinicalTrials.gov phase codes, e.g. PHASE2, PHASE3. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  phases!: string[];

  /** ClinicalTrials.gov overall status, e.g. RECRUITING, COMPLETED. */
  @Column({ type: 'text' })
  overallStatus!: string;

  @Column({ type: 'text' })
  sponsor!: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  collaborators!: string[];

  @Column({ type: 'text', nullable: true })
  cooperativeGroup!: string | null;

  @Column({ type: 'boolean', default: false })
  internal!: boolean;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  programs!: ClinicProgram[];

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  siteIds!: string[];

  @Column({ type: 'text', default: 'ALL' })
  sex!: TrialSex;

  @Column({ type: 'integer', nullable: true })
  minimumAgeYears!: number | null;

  /** Null means no upper bound. */
  @Column({ type: 'integer', nullable: true })
  maximumAgeYears!: number | null;

  /** Structured criteria for the eligibility engine. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  criteria!: Record<string, unknown>;

  @Column({ type: 'text', default: '' })
  eligibilityText!: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  inclusionLines!: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  exclusionLines!: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  locations!: string[];

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
