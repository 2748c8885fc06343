import { User } from '@oneday/api-auth';
import type { ClinicProgram, LunchRule, ProgramStep } from '@oneday/domain';
import {
  Check,
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';

/** A program's editable same-day pathway (see libs/domain ProgramTemplate). */
@Entity('program_template')
@Check('program_template_program_check', `program IN ('BREAST','PROSTATE','HEAD_AND_NECK')`)
export class ProgramTemplateRow {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'program_template_pkey' })
  program!: ClinicProgram;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'jsonb' })
  steps!: ProgramStep[];

  @Column({ type: 'integer' })
  changeoverMinutes!: number;

  @Column({ type: 'integer' })
  maxWaitMinutes!: number;

  @Column({ type: 'jsonb', nullable: true })
  lunch!: LunchRule | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'uuid', nullable: true })
  updatedById!: string | null;

  @ManyToOne(() => User)
  @JoinColumn({
    name: 'updated_by_id',
    foreignKeyConstraintName: 'program_template_updated_by_id_fkey',
  })
  updatedBy?: Relation<User>;
}
