import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsInt,
  IsOptional,
  IsUUID,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;

@InputType()
export class WeeklyHoursInput {
  @Field(() => Int, { description: 'Monday = 1 ... Sunday = 7' })
  @IsInt()
  @Min(1)
  @Max(7)
  isoWeekday!: number;

  @Field({ description: 'HH:mm, site time' })
  @Matches(CLOCK, { message: 'Use HH:mm.' })
  start!: string;

  @Field({ description: 'HH:mm, site time' })
  @Matches(CLOCK, { message: 'Use HH:mm.' })
  end!: string;

  @Field(() => Int)
  @IsInt()
  @Min(10)
  @Max(240)
  slotMinutes!: number;
}

@InputType()
export class SetAvailabilityInput {
  @Field(() => ID)
  @IsUUID()
  specialistId!: string;

  @Field(() => [WeeklyHoursInput], { description: 'The whole week; replaces the current hours.' })
  @IsArray()
  @ArrayMaxSize(28)
  @ValidateNested({ each: true })
  @Type(() => WeeklyHoursInput)
  hours!: WeeklyHoursInput[];

  @Field(() => Int, {
    nullable: true,
    description: 'How many days ahead to regenerate slots (default 28).',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(90)
  horizonDays?: number;
}
