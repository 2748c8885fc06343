import {
  Entity,
  ForeignKey,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';
import { Recommendation } from './recommendation.entity.js';

/** A trial a recommendation names; the database keeps it in the registry. */
@Entity('recommendation_trial')
@Index('recommendation_trial_trial_id_idx', ['trialId'])
export class RecommendationTrial {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'recommendation_trial_pkey' })
  recommendationId!: string;

  @ManyToOne(() => Recommendation)
  @JoinColumn({
    name: 'recommendation_id',
    foreignKeyConstraintName: 'recommendation_trial_recommendation_id_fkey',
  })
  recommendation?: Relation<Recommendation>;

  @ForeignKey('trial', { name: 'recommendation_trial_trial_id_fkey' })
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'recommendation_trial_pkey' })
  trialId!: string;
}
