import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { SlotStatusEnum, SpecialtyEnum } from '@oneday/api-common';
import type { SlotStatus, Specialty } from '@oneday/domain';

@ObjectType('BoardSlot')
export class BoardSlotModel {
  @Field(() => ID)
  id!: string;

  @Field()
  startsAt!: Date;

  @Field()
  endsAt!: Date;

  @Field(() => SlotStatusEnum)
  status!: SlotStatus;

  @Field(() => String, { nullable: true })
  blockReason!: string | null;
}

@ObjectType('BoardVisit')
export class BoardVisitModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  clinicDayId!: string;

  @Field()
  patientName!: string;

  @Field()
  step!: string;

  @Field()
  startsAt!: Date;

  @Field()
  endsAt!: Date;
}

@ObjectType('BoardRow', { description: "One specialist's day on the board." })
export class BoardRowModel {
  @Field(() => ID)
  specialistId!: string;

  @Field()
  specialistName!: string;

  @Field(() => SpecialtyEnum)
  specialty!: Specialty;

  @Field()
  specialtyTitle!: string;

  @Field(() => [BoardSlotModel])
  slots!: BoardSlotModel[];

  @Field(() => [BoardVisitModel])
  visits!: BoardVisitModel[];
}

@ObjectType('DaySchedule')
export class DayScheduleModel {
  @Field(() => ID)
  siteId!: string;

  @Field()
  date!: string;

  @Field()
  timeZone!: string;

  @Field(() => [BoardRowModel])
  rows!: BoardRowModel[];
}

@ObjectType('DayScheduleChange')
export class DayScheduleChangeModel {
  @Field(() => ID)
  siteId!: string;

  @Field()
  date!: string;

  @Field()
  reason!: string;
}

@ObjectType('AffectedVisit', {
  description: 'A booked visit inside blocked time: the coordinator must move it.',
})
export class AffectedVisitModel {
  @Field(() => ID)
  visitId!: string;

  @Field(() => ID)
  clinicDayId!: string;

  @Field()
  patientName!: string;

  @Field()
  step!: string;

  @Field()
  startsAt!: Date;
}

@ObjectType('BlockTimeResult')
export class BlockTimeResultModel {
  @Field(() => Int)
  blockedSlots!: number;

  @Field(() => [AffectedVisitModel])
  affectedVisits!: AffectedVisitModel[];
}
