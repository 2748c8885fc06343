import { Field, InputType, Int } from '@nestjs/graphql';
import { CaseProgramEnum, FindingKindEnum, UrgencyEnum } from '@oneday/api-common';
import {
  CASE_PROGRAMS,
  FINDING_KINDS,
  URGENCIES,
  type CaseProgram,
  type FindingKind,
  type Urgency,
} from '@oneday/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

@InputType()
export class BiomarkerInput {
  @Field({ description: 'ER, PR, HER2, Ki-67, PSA, Grade group, HPV/p16, PD-L1, or a gene symbol' })
  @Length(1, 40)
  name!: string;

  @Field()
  @Length(1, 80)
  value!: string;

  @Field({ description: 'yyyy-MM-dd' })
  @Matches(DATE, { message: 'Dates are yyyy-MM-dd.' })
  observedOn!: string;
}

@InputType()
export class FindingInput {
  @Field(() => FindingKindEnum)
  @IsIn(FINDING_KINDS)
  kind!: FindingKind;

  @Field()
  @Length(1, 120)
  name!: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(80)
  value?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(30)
  unit?: string;

  @Field()
  @Matches(DATE, { message: 'Dates are yyyy-MM-dd.' })
  observedOn!: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(4000)
  text?: string;
}

@InputType()
export class SubmitCaseInput {
  @Field({ description: "The patient's medical record number." })
  @Matches(/^[A-Za-z0-9-]{3,32}$/, { message: 'MRN must be 3 to 32 letters, digits or dashes.' })
  mrn!: string;

  @Field(() => CaseProgramEnum)
  @IsIn(CASE_PROGRAMS)
  program!: CaseProgram;

  @Field()
  @Length(1, 120)
  primarySite!: string;

  @Field()
  @Length(1, 120)
  histology!: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  clinicalT?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  clinicalN?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  clinicalM?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(6)
  stageGroup?: string;

  @Field(() => [BiomarkerInput], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => BiomarkerInput)
  biomarkers!: BiomarkerInput[];

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(5)
  ecog?: number;

  @Field(() => [String], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(20)
  @Length(1, 80, { each: true })
  priorTherapy!: string[];

  @Field({ defaultValue: false })
  @IsBoolean()
  treatmentStarted!: boolean;

  @Field({ description: 'What the board is asked to decide.' })
  @Length(5, 2000)
  question!: string;

  @Field(() => UrgencyEnum, { defaultValue: 'ROUTINE' })
  @IsIn(URGENCIES)
  urgency!: Urgency;

  @Field(() => [FindingInput], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => FindingInput)
  findings!: FindingInput[];
}
