import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { CaseProgramEnum, FollowUpKindEnum, ModalityEnum } from '@oneday/api-common';
import {
  CASE_PROGRAMS,
  FOLLOW_UP_KINDS,
  MODALITIES,
  type CaseProgram,
  type FollowUpKind,
  type Modality,
} from '@oneday/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDate,
  IsIn,
  IsInt,
  IsOptional,
  IsUUID,
  MaxDate,
  MinDate,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

@InputType()
export class ScheduleConferenceInput {
  @Field(() => ID)
  @IsUUID()
  siteId!: string;

  @Field()
  @Length(3, 120)
  title!: string;

  @Field(() => CaseProgramEnum, { nullable: true, description: 'Null for a general conference.' })
  @IsOptional()
  @IsIn(CASE_PROGRAMS)
  program?: CaseProgram | null;

  @Field()
  @IsDate()
  @MinDate(new Date(Date.UTC(2000, 0, 1)), { message: 'A conference starts in 2000 or later.' })
  @MaxDate(new Date(Date.UTC(2100, 0, 1)), { message: 'A conference starts before 2100.' })
  startsAt!: Date;

  @Field(() => Int, { defaultValue: 60 })
  @IsInt()
  @Min(15)
  @Max(240)
  capacityMinutes!: number;
}

@InputType()
export class AddCaseToAgendaInput {
  @Field(() => ID)
  @IsUUID()
  conferenceId!: string;

  @Field(() => ID)
  @IsUUID()
  caseId!: string;

  @Field(() => Int, { defaultValue: 10 })
  @IsInt()
  @Min(5)
  @Max(60)
  minutes!: number;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  presenterId?: string | null;
}

@InputType()
export class FollowUpInput {
  @Field(() => FollowUpKindEnum)
  @IsIn(FOLLOW_UP_KINDS)
  kind!: FollowUpKind;

  @Field()
  @Length(3, 500)
  description!: string;

  @Field(() => ID, { nullable: true, description: 'The specialist who owns it.' })
  @IsOptional()
  @IsUUID()
  ownerId?: string | null;

  @Field({ description: 'yyyy-MM-dd' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'Dates are yyyy-MM-dd.' })
  dueDate!: string;
}

@InputType()
export class RecordRecommendationInput {
  @Field(() => ID)
  @IsUUID()
  agendaItemId!: string;

  @Field()
  @Length(5, 4000)
  consensusPlan!: string;

  @Field(() => [ModalityEnum])
  @IsArray()
  @IsIn(MODALITIES, { each: true })
  modalities!: Modality[];

  @Field()
  @IsBoolean()
  stageDocumented!: boolean;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  stageDocumentedById?: string | null;

  @Field(() => String, { nullable: true, description: 'e.g. NCCN Breast Cancer' })
  @IsOptional()
  @MaxLength(120)
  guideline?: string | null;

  @Field(() => String, { nullable: true, description: 'e.g. 4.2025' })
  @IsOptional()
  @MaxLength(30)
  guidelineVersion?: string | null;

  @Field()
  @IsBoolean()
  trialDiscussed!: boolean;

  @Field(() => [ID], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(10)
  @IsUUID('all', { each: true })
  trialIds!: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  dissent?: string | null;

  @Field(() => [FollowUpInput], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => FollowUpInput)
  followUps!: FollowUpInput[];
}
