import { Field, InputType } from '@nestjs/graphql';
import { CaseProgramEnum, CaseStatusEnum } from '@oneday/api-common';
import { CASE_PROGRAMS, CASE_STATUSES, type CaseProgram, type CaseStatus } from '@oneday/domain';
import { IsBoolean, IsIn, IsOptional, IsUUID } from 'class-validator';

@InputType()
export class CasesFilter {
  @Field(() => CaseStatusEnum, { nullable: true })
  @IsOptional()
  @IsIn(CASE_STATUSES)
  status?: CaseStatus;

  @Field(() => CaseProgramEnum, { nullable: true })
  @IsOptional()
  @IsIn(CASE_PROGRAMS)
  program?: CaseProgram;

  @Field({ nullable: true, description: "One patient's cases." })
  @IsOptional()
  @IsUUID()
  patientId?: string;

  @Field({ nullable: true, description: 'Only cases the signed-in physician submitted.' })
  @IsOptional()
  @IsBoolean()
  mine?: boolean;
}
