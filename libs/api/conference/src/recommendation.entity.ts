import { User } from '@oneday/api-auth';
import { Specialist } from '@oneday/api-specialists';
import type { Modality } from '@oneday/domain';
import {
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
import { AgendaItem } from './agenda-item.entity.js';
import { CancerCase } from './cancer-case.entity.js';

/** The one consensus recommendation recorded for a case presented at a conference. */
@Entity('recommendation')
@Unique('recommendation_agenda_item_id_key', ['agendaItemId'])
@Index('recommendation_case_id_idx', ['caseId'])
export class Recommendation {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'recommendation_pkey' })
  id!: string;

  @Column({ type: 'uuid' })
  agendaItemId!: string;

  @ManyToOne(() => AgendaItem)
  @JoinColumn({
    name: 'agenda_item_id',
    foreignKeyConstraintName: 'recommendation_agenda_item_id_fkey',
  })
  agendaItem?: Relation<AgendaItem>;

  @Column({ type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => CancerCase)
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'recommendation_case_id_fkey' })
  case?: Relation<CancerCase>;

  @Column({ type: 'text' })
  consensusPlan!: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  modalities!: Modality[];

  @Column({ type: 'boolean', default: false })
  stageDocumented!: boolean;

  @Column({ type: 'uuid', nullable: true })
  stageDocumentedById!: string | null;

  @ManyToOne(() => Specialist)
  @JoinColumn({
    name: 'stage_documented_by_id',
    foreignKeyConstraintName: 'recommendation_stage_documented_by_id_fkey',
  })
  stageDocumentedBy?: Relation<Specialist>;

  @Column({ type: 'text', nullable: true })
  guideline!: string | null;

  @Column({ type: 'text', nullable: true })
  guidelineVersion!: string | null;

  @Column({ type: 'boolean', default: false })
  trialDiscussed!: boolean;

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  trialIds!: string[];

  @Column({ type: 'text', nullable: true })
  dissent!: string | null;

  @Column({ type: 'uuid' })
  recordedById!: string;

  @ManyToOne(() => User)
  @JoinColumn({
    name: 'recorded_by_id',
    foreignKeyConstraintName: 'recommendation_recorded_by_id_fkey',
  })
  recordedBy?: Relation<User>;

  @CreateDateColumn({ type: 'timestamptz' })
  recordedAt!: Date;
}
