import { Field, ID, InputType } from '@nestjs/graphql';
import { ClinicProgramEnum } from '@oneday/api-common';
import { CLINIC_PROGRAMS, type ClinicProgram } from '@oneday/domain';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
} from 'class-validator';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

@InputType()
export class ClinicDayOptionsInput {
  @Field(() => ID)
  @IsUUID()
  patientId!: string;

  @Field(() => ClinicProgramEnum)
  @IsIn(CLINIC_PROGRAMS)
  program!: ClinicProgram;

  @Field(() => ID)
  @IsUUID()
  siteId!: string;

  @Field({
    nullable: true,
    description: 'One day (yyyy-MM-dd); or give from and to to find the earliest days.',
  })
  @IsOptional()
  @Matches(DATE, { message: 'Dates are yyyy-MM-dd.' })
  date?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(DATE, { message: 'Dates are yyyy-MM-dd.' })
  from?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(DATE, { message: 'Dates are yyyy-MM-dd.' })
  to?: string;

  @Field(() => [String], { nullable: true, description: 'Optional steps to include, by key.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  optionalSteps?: string[];
}
