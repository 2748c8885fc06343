import { Args, ID, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { CurrentActor, Roles, uuidArg } from '@oneday/api-common';
import type { Actor } from '@oneday/domain';
import { AvailabilityService } from './availability.service.js';
import { DayScheduleService } from './day-schedule.service.js';
import { BlockTimeInput } from './dto/block-time.input.js';
import { SetAvailabilityInput } from './dto/set-availability.input.js';
import { AvailabilityResultModel } from './models/availability.model.js';
import {
  BlockTimeResultModel,
  DayScheduleChangeModel,
  DayScheduleModel,
} from './models/day-schedule.model.js';
import { ScheduleEventsService, type DayScheduleChange } from './schedule-events.service.js';

@Resolver(() => DayScheduleModel)
export class DayScheduleResolver {
  constructor(
    private readonly schedule: DayScheduleService,
    private readonly events: ScheduleEventsService,
    private readonly availability: AvailabilityService,
  ) {}

  @Roles('COORDINATOR', 'ADMIN')
  @Mutation(() => AvailabilityResultModel, {
    description: "Replaces a specialist's weekly hours and regenerates free slots.",
  })
  setAvailability(
    @CurrentActor() actor: Actor,
    @Args('input') input: SetAvailabilityInput,
  ): Promise<AvailabilityResultModel> {
    return this.availability.set(actor, input);
  }

  @Roles('COORDINATOR')
  @Query(() => DayScheduleModel, {
    description: "Every specialist's slots and visits at a site on a date.",
  })
  daySchedule(
    @CurrentActor() actor: Actor,
    @Args('siteId', { type: () => ID }, uuidArg('siteId')) siteId: string,
    @Args('date') date: string,
  ): Promise<DayScheduleModel> {
    return this.schedule.board(actor, siteId, date);
  }

  @Roles('COORDINATOR', 'ADMIN')
  @Mutation(() => BlockTimeResultModel)
  blockTime(
    @CurrentActor() actor: Actor,
    @Args('input') input: BlockTimeInput,
  ): Promise<BlockTimeResultModel> {
    return this.schedule.blockTime(actor, input);
  }

  @Roles('COORDINATOR')
  @Subscription(() => DayScheduleChangeModel, {
    description: 'Fires when anyone, on any api instance, changes that day at that site.',
    filter: (
      payload: { dayScheduleChanged: DayScheduleChange },
      variables: { siteId: string; date: string },
    ) =>
      payload.dayScheduleChanged.siteId === variables.siteId &&
      payload.dayScheduleChanged.date === variables.date,
    resolve: (payload: { dayScheduleChanged: DayScheduleChange }) => payload.dayScheduleChanged,
  })
  dayScheduleChanged(
    @Args('siteId', { type: () => ID }) _siteId: string,
    @Args('date') _date: string,
  ) {
    return this.wrap(this.events.changes());
  }

  private async *wrap(source: AsyncIterableIterator<DayScheduleChange>) {
    for await (const change of source) yield { dayScheduleChanged: change };
  }
}
