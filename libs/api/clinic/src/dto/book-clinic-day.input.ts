import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsDate,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  ValidateNested,
} from 'class-validator';
import { ClinicDayOptionsInput } from './clinic-day-options.input.js';

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

@InputType()
export class BookClinicDayInput extends ClinicDayOptionsInput {
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
