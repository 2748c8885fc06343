import { Field, ID, InputType } from '@nestjs/graphql';
import { ClinicProgramEnum } from '@oneday/api-common';
import { CLINIC_PROGRAMS, type ClinicProgram } from '@oneday/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsDate,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  ValidateNested,
} from 'class-validator';

@InputType()
export class ChosenVisitInput {
  @Field()
  @IsString()
  @Length(1, 50)
  stepKey!: string;

  @Field(() => ID)
  @IsUUID()
  slotId!: string;

  @Field()
  @IsDate()
  startsAt!: Date;
}

/** The option a coordinator chose, for whom and where: booking's own input, not the search's. */
@InputType()
export class BookClinicDayInput {
  @Field(() => ID)
  @IsUUID()
  patientId!: string;

  @Field(() => ClinicProgramEnum)
  @IsIn(CLINIC_PROGRAMS)
  program!: ClinicProgram;

  @Field(() => ID)
  @IsUUID()
  siteId!: string;

  @Field({ description: 'The day booked (yyyy-MM-dd).' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'Dates are yyyy-MM-dd.' })
  date!: string;

  @Field(() => [String], { nullable: true, description: 'Optional steps included, by key.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  optionalSteps?: string[];

  @Field(() => ID, { nullable: true, description: 'The case this day is for, if any.' })
  @IsOptional()
  @IsUUID()
  caseId?: string;

  @Field(() => [ChosenVisitInput], { description: 'The chosen option, visit by visit.' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(14)
  @ValidateNested({ each: true })
  @Type(() => ChosenVisitInput)
  visits!: ChosenVisitInput[];

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate()
  lunchStartsAt?: Date;

  @Field({ description: 'Any unique text per booking attempt, so a double click books once.' })
  @Matches(/^[A-Za-z0-9_-]{8,64}$/, {
    message: 'idempotencyKey is 8 to 64 letters, digits, - or _.',
  })
  idempotencyKey!: string;
}
