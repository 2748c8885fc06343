import { Args, ArgsType, Field, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor, Roles, uuidArg } from '@oneday/api-common';
import type { Actor } from '@oneday/domain';
import { IsUUID, Length } from 'class-validator';
import { BookingService } from './booking.service.js';
import { ClinicDayPlanner } from './clinic-day-planner.service.js';
import { toClinicDayModel } from './clinic-day.mapper.js';
import { ClinicDaysService } from './clinic-days.service.js';
import { BookClinicDayInput } from './dto/book-clinic-day.input.js';
import { ClinicDayOptionsInput } from './dto/clinic-day-options.input.js';
import { ClinicDayOptionsModel } from './models/clinic-day-options.model.js';
import { ClinicDayModel } from './models/clinic-day.model.js';

@ArgsType()
class CancelArgs {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field({ description: 'Why, for the record and the patient.' })
  @Length(1, 500)
  reason!: string;
}

@Resolver(() => ClinicDayModel)
export class BookingResolver {
  constructor(
    private readonly planner: ClinicDayPlanner,
    private readonly booking: BookingService,
    private readonly clinicDays: ClinicDaysService,
  ) {}

  @Roles('COORDINATOR')
  @Query(() => ClinicDayOptionsModel, {
    description: 'Ranked ways to run the day, or the earliest days that work.',
  })
  clinicDayOptions(
    @CurrentActor() actor: Actor,
    @Args('input') input: ClinicDayOptionsInput,
  ): Promise<ClinicDayOptionsModel> {
    return this.planner.options(actor, input);
  }

  @Roles('COORDINATOR')
  @Mutation(() => ClinicDayModel, {
    description: 'Books a chosen option whole, or nothing (SLOT_TAKEN).',
  })
  async bookClinicDay(
    @CurrentActor() actor: Actor,
    @Args('input') input: BookClinicDayInput,
  ): Promise<ClinicDayModel> {
    return this.load(actor, await this.booking.book(actor, input));
  }

  @Roles('COORDINATOR')
  @Mutation(() => ClinicDayModel)
  async cancelClinicDay(
    @CurrentActor() actor: Actor,
    @Args() args: CancelArgs,
  ): Promise<ClinicDayModel> {
    await this.booking.cancel(actor, args.id, args.reason);
    return this.load(actor, args.id);
  }

  @Roles('COORDINATOR')
  @Mutation(() => ClinicDayModel, {
    description: 'Moves one visit to another free slot; the rest stay.',
  })
  async rescheduleVisit(
    @CurrentActor() actor: Actor,
    @Args('visitId', { type: () => ID }, uuidArg('visitId')) visitId: string,
    @Args('slotId', { type: () => ID }, uuidArg('slotId')) slotId: string,
  ): Promise<ClinicDayModel> {
    const day = await this.booking.reschedule(actor, visitId, slotId);
    return this.load(actor, day.id);
  }

  private async load(actor: Actor, id: string): Promise<ClinicDayModel> {
    const { day, visits } = await this.clinicDays.get(actor, id);
    return toClinicDayModel(day, visits);
  }
}
