import { Field, Int, ObjectType } from '@nestjs/graphql';
import { AffectedVisitModel } from './day-schedule.model.js';

@ObjectType('AvailabilityResult')
export class AvailabilityResultModel {
  @Field(() => Int)
  slotsCreated!: number;

  @Field(() => Int)
  freeSlotsRemoved!: number;

  @Field(() => [AffectedVisitModel], {
    description: 'Booked visits now outside the new hours: they stay, to be moved.',
  })
  visitsOutsideHours!: AffectedVisitModel[];
}
