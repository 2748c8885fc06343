import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { CaseProgramEnum } from '@oneday/api-common';
import { CASE_PROGRAMS, type CaseProgram } from '@oneday/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';

const STAGE = /^(0|I{1,3}|IV)[A-C]?$/;

@InputType()
export class BiomarkerRuleInput {
  @Field()
  @Length(1, 40)
  name!: string;

  @Field()
  @Length(1, 40)
  equals!: string;
}

@InputType()
export class VariantRuleInput {
  @Field()
  @Matches(/^[A-Z0-9-]{2,20}$/, { message: 'Gene symbols are upper case, e.g. BRCA1.' })
  gene!: string;

  @Field()
  @Length(1, 40)
  variantClass!: string;
}

@InputType()
export class TrialCriteriaInput {
  @Field(() => ID)
  @IsUUID()
  trialId!: string;

  @Field(() => [CaseProgramEnum])
  @IsArray()
  @IsIn(CASE_PROGRAMS, { each: true })
  programs!: CaseProgram[];

  @Field(() => [String])
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 60, { each: true })
  primarySites!: string[];

  @Field(() => [String])
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 60, { each: true })
  histologies!: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(STAGE, { message: 'Stage groups look like IIB.' })
  stageMin?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(STAGE, { message: 'Stage groups look like IIB.' })
  stageMax?: string | null;

  @Field(() => [BiomarkerRuleInput])
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => BiomarkerRuleInput)
  biomarkers!: BiomarkerRuleInput[];

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(10000)
  psaMin?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(10000)
  psaMax?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(5)
  gradeGroupMin?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(5)
  gradeGroupMax?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(5)
  ecogMax?: number | null;

  @Field(() => [String])
  @IsArray()
  @ArrayMaxSize(20)
  @Length(1, 60, { each: true })
  priorTherapyRequired!: string[];

  @Field(() => [String])
  @IsArray()
  @ArrayMaxSize(20)
  @Length(1, 60, { each: true })
  priorTherapyExcluded!: string[];

  @Field(() => [VariantRuleInput])
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => VariantRuleInput)
  variants!: VariantRuleInput[];
}
