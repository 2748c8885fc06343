import type { FollowUpKind } from '@oneday/domain';
import {
  Check,
  Column,
  Entity,
  ForeignKey,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { Recommendation } from './recommendation.entity.js';

@Entity('follow_up')
@Check(
  'follow_up_kind_check',
  `kind IN ('FAMILY_GENETIC_TESTING','FURTHER_IMAGING','BIOPSY','REFERRAL_OUTSIDE_CARE','TRIAL_SCREENING','OTHER')`,
)
export class FollowUp {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'follow_up_pkey' })
  id!: string;

  @Column({ type: 'uuid' })
  recommendationId!: string;

  @ManyToOne(() => Recommendation)
  @JoinColumn({
    name: 'recommendation_id',
    foreignKeyConstraintName: 'follow_up_recommendation_id_fkey',
  })
  recommendation?: Relation<Recommendation>;

  @Column({ type: 'text' })
  kind!: FollowUpKind;

  @Column({ type: 'text' })
  description!: string;

  @ForeignKey('specialist', { name: 'follow_up_owner_id_fkey' })
  @Column({ type: 'uuid', nullable: true })
  ownerId!: string | null;

  @Column({ type: 'date' })
  dueDate!: string;

  @Column({ type: 'timestamptz', nullable: true })
  doneAt!: Date | null;
}
