import type { Modality } from '@oneday/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
  Unique,
} from 'typeorm';
import { AgendaItem } from './agenda-item.entity.js';

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

  @ForeignKey('cancer_case', { name: 'recommendation_case_id_fkey' })
  @Column({ type: 'uuid' })
  caseId!: string;

  @Column({ type: 'text' })
  consensusPlan!: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  modalities!: Modality[];

  @Column({ type: 'boolean', default: false })
  stageDocumented!: boolean;

  @ForeignKey('specialist', { name: 'recommendation_stage_documented_by_id_fkey' })
  @Column({ type: 'uuid', nullable: true })
  stageDocumentedById!: string | null;

  @Column({ type: 'text', nullable: true })
  guideline!: string | null;

  @Column({ type: 'text', nullable: true })
  guidelineVersion!: string | null;

  @Column({ type: 'boolean', default: false })
  trialDiscussed!: boolean;

  @Column({ type: 'text', nullable: true })
  dissent!: string | null;

  @ForeignKey('app_user', { name: 'recommendation_recorded_by_id_fkey' })
  @Column({ type: 'uuid' })
  recordedById!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  recordedAt!: Date;
}
