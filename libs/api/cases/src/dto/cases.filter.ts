import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsIn, IsOptional, IsUUID } from 'class-validator';

@InputType()
export class CasesFilter {
  @Field({ nullable: true })
  @IsOptional()
  @IsIn(['SUBMITTED', 'ON_AGENDA', 'DISCUSSED', 'WITHDRAWN'])
  status?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsIn(['BREAST', 'PROSTATE', 'HEAD_AND_NECK', 'OTHER'])
  program?: string;

  @Field({ nullable: true, description: "One patient's cases." })
  @IsOptional()
  @IsUUID()
  patientId?: string;

  @Field({ nullable: true, description: 'Only cases the signed-in physician submitted.' })
  @IsOptional()
  @IsBoolean()
  mine?: boolean;
}
