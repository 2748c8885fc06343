import { Field, InputType, Int } from '@nestjs/graphql';
import { ClinicProgramEnum, SpecialtyEnum, StepPositionEnum } from '@oneday/api-common';
import {
  CLINIC_PROGRAMS,
  SPECIALTIES,
  STEP_POSITIONS,
  type ClinicProgram,
  type Specialty,
  type StepPosition,
} from '@oneday/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;

@InputType()
export class ProgramStepInput {
  @Field()
  @Matches(/^[A-Z][A-Z0-9_]{1,48}$/, { message: 'Step keys are UPPER_SNAKE_CASE.' })
  key!: string;

  @Field()
  @Length(1, 100)
  label!: string;

  @Field(() => SpecialtyEnum)
  @IsIn(SPECIALTIES)
  specialty!: Specialty;

  @Field(() => Int)
  @IsInt()
  @Min(5)
  @Max(240)
  durationMinutes!: number;

  @Field()
  @IsBoolean()
  required!: boolean;

  @Field(() => [String])
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  after!: string[];

  @Field(() => StepPositionEnum, { nullable: true })
  @IsOptional()
  @IsIn(STEP_POSITIONS)
  position?: StepPosition | null;
}

@InputType()
export class LunchRuleInput {
  @Field()
  @Matches(CLOCK, { message: 'Use HH:mm.' })
  windowStart!: string;

  @Field()
  @Matches(CLOCK, { message: 'Use HH:mm.' })
  windowEnd!: string;

  @Field(() => Int)
  @IsInt()
  @Min(10)
  @Max(120)
  durationMinutes!: number;
}

@InputType()
export class UpdateProgramInput {
  @Field(() => ClinicProgramEnum)
  @IsIn(CLINIC_PROGRAMS)
  program!: ClinicProgram;

  @Field()
  @Length(1, 120)
  name!: string;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(60)
  changeoverMinutes!: number;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(480)
  maxWaitMinutes!: number;

  @Field(() => LunchRuleInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => LunchRuleInput)
  lunch?: LunchRuleInput | null;

  @Field(() => [ProgramStepInput])
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(14)
  @ValidateNested({ each: true })
  @Type(() => ProgramStepInput)
  steps!: ProgramStepInput[];
}
