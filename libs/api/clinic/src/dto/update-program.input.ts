import { Field, InputType, Int } from '@nestjs/graphql';
import { CLINIC_PROGRAMS, SPECIALTIES } from '@oneday/domain';
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

  @Field()
  @IsIn(SPECIALTIES)
  specialty!: string;

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

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIn(['FIRST', 'LAST'])
  position?: string | null;
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
  @Field()
  @IsIn(CLINIC_PROGRAMS)
  program!: string;

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
