import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { SpecialtyEnum } from '@oneday/api-common';
import type { Specialty } from '@oneday/domain';

@ObjectType('ProposedVisit')
export class ProposedVisitModel {
  @Field()
  stepKey!: string;

  @Field()
  stepLabel!: string;

  @Field(() => SpecialtyEnum)
  specialty!: Specialty;

  @Field(() => ID)
  slotId!: string;

  @Field(() => ID)
  specialistId!: string;

  @Field()
  specialistName!: string;

  @Field(() => ID)
  roomId!: string;

  @Field()
  room!: string;

  @Field()
  startsAt!: Date;

  @Field()
  endsAt!: Date;
}

@ObjectType('TimeRange')
export class TimeRangeModel {
  @Field()
  startsAt!: Date;

  @Field()
  endsAt!: Date;
}

@ObjectType('ItineraryOption', { description: 'One way to run the day, with its score.' })
export class ItineraryOptionModel {
  @Field(() => Int)
  rank!: number;

  @Field()
  arrivalAt!: Date;

  @Field()
  departureAt!: Date;

  @Field(() => Int)
  spanMinutes!: number;

  @Field(() => Int)
  waitingMinutes!: number;

  @Field(() => Int)
  roomChanges!: number;

  @Field(() => TimeRangeModel, { nullable: true })
  lunch!: TimeRangeModel | null;

  @Field(() => [ProposedVisitModel])
  visits!: ProposedVisitModel[];
}

@ObjectType('DayOptions')
export class DayOptionsModel {
  @Field()
  date!: string;

  @Field(() => [ItineraryOptionModel])
  options!: ItineraryOptionModel[];
}

@ObjectType('ClinicDayOptions')
export class ClinicDayOptionsModel {
  @Field()
  feasible!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Why no day fits, naming the step that could not be placed.',
  })
  reason!: string | null;

  @Field(() => [DayOptionsModel], { description: 'Earliest feasible days first.' })
  days!: DayOptionsModel[];
}
