import type { ClinicProgram, LunchRule, ProgramStep } from '@oneday/domain';
import { Check, Column, Entity, ForeignKey, PrimaryColumn, UpdateDateColumn } from 'typeorm';

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

  @ForeignKey('app_user', { name: 'program_template_updated_by_id_fkey' })
  @Column({ type: 'uuid', nullable: true })
  updatedById!: string | null;
}
