import { Args, ID, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { CurrentActor, Roles, uuidArg } from '@oneday/api-common';
import type { Actor } from '@oneday/domain';
import { ConferencesService } from './conferences.service.js';
import {
  AddCaseToAgendaInput,
  RecordRecommendationInput,
  ScheduleConferenceInput,
} from './dto/conference.inputs.js';
import {
  ConferenceChangeModel,
  ConferenceMetricsModel,
  ConferenceModel,
  FollowUpModel,
} from './models/conference.model.js';

@Resolver(() => ConferenceModel)
export class ConferencesResolver {
  constructor(private readonly conferencesService: ConferencesService) {}

  @Roles('COORDINATOR', 'PHYSICIAN')
  @Query(() => [ConferenceModel])
  conferences(
    @CurrentActor() actor: Actor,
    @Args('from') from: Date,
    @Args('to') to: Date,
  ): Promise<ConferenceModel[]> {
    return this.conferencesService.list(actor, from, to);
  }

  @Roles('COORDINATOR', 'PHYSICIAN')
  @Query(() => ConferenceModel)
  conference(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }, uuidArg('id')) id: string,
  ): Promise<ConferenceModel> {
    return this.conferencesService.load(actor, id);
  }

  @Roles('COORDINATOR', 'PHYSICIAN', 'ADMIN')
  @Query(() => ConferenceMetricsModel, {
    description: 'CoC Standard 2.5 figures for conferences in the period.',
  })
  conferenceMetrics(
    @Args('from') from: Date,
    @Args('to') to: Date,
  ): Promise<ConferenceMetricsModel> {
    return this.conferencesService.metrics(from, to, new Date());
  }

  @Roles('COORDINATOR', 'PHYSICIAN')
  @Query(() => [FollowUpModel], { description: 'Open follow-ups past their due date.' })
  overdueFollowUps(@CurrentActor() actor: Actor): Promise<FollowUpModel[]> {
    return this.conferencesService.overdueFollowUps(actor, new Date());
  }

  @Roles('COORDINATOR')
  @Mutation(() => ConferenceModel)
  scheduleConference(
    @CurrentActor() actor: Actor,
    @Args('input') input: ScheduleConferenceInput,
  ): Promise<ConferenceModel> {
    return this.conferencesService.schedule(actor, input);
  }

  @Roles('COORDINATOR')
  @Mutation(() => ConferenceModel)
  addCaseToAgenda(
    @CurrentActor() actor: Actor,
    @Args('input') input: AddCaseToAgendaInput,
  ): Promise<ConferenceModel> {
    return this.conferencesService.addToAgenda(actor, input);
  }

  @Roles('COORDINATOR')
  @Mutation(() => ConferenceModel, {
    description: 'Order by prospective, urgency and waiting time, within capacity.',
  })
  buildAgenda(
    @CurrentActor() actor: Actor,
    @Args('conferenceId', { type: () => ID }, uuidArg('conferenceId')) conferenceId: string,
  ): Promise<ConferenceModel> {
    return this.conferencesService.buildAgenda(actor, conferenceId);
  }

  @Roles('COORDINATOR')
  @Mutation(() => ConferenceModel)
  reorderAgenda(
    @CurrentActor() actor: Actor,
    @Args('conferenceId', { type: () => ID }, uuidArg('conferenceId')) conferenceId: string,
    @Args('itemIds', { type: () => [ID] }) itemIds: string[],
  ): Promise<ConferenceModel> {
    return this.conferencesService.reorder(actor, conferenceId, itemIds);
  }

  @Roles('COORDINATOR')
  @Mutation(() => ConferenceModel)
  recordAttendance(
    @CurrentActor() actor: Actor,
    @Args('conferenceId', { type: () => ID }, uuidArg('conferenceId')) conferenceId: string,
    @Args('specialistId', { type: () => ID }, uuidArg('specialistId')) specialistId: string,
  ): Promise<ConferenceModel> {
    return this.conferencesService.recordAttendance(actor, conferenceId, specialistId);
  }

  @Roles('COORDINATOR', 'PHYSICIAN')
  @Mutation(() => ConferenceModel, {
    description: "The board's one consensus recommendation for a presented case.",
  })
  recordRecommendation(
    @CurrentActor() actor: Actor,
    @Args('input') input: RecordRecommendationInput,
  ): Promise<ConferenceModel> {
    return this.conferencesService.recordRecommendation(actor, input);
  }

  @Roles('COORDINATOR', 'PHYSICIAN')
  @Mutation(() => [FollowUpModel], {
    description: 'Marks a follow-up done; returns the open ones.',
  })
  completeFollowUp(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }, uuidArg('id')) id: string,
  ): Promise<FollowUpModel[]> {
    return this.conferencesService.completeFollowUp(actor, id);
  }

  @Roles('COORDINATOR')
  @Mutation(() => ConferenceModel, {
    description: 'Put a case on everyone’s screen in the meeting.',
  })
  presentAgendaItem(
    @CurrentActor() actor: Actor,
    @Args('conferenceId', { type: () => ID }, uuidArg('conferenceId')) conferenceId: string,
    @Args('agendaItemId', { type: () => ID }, uuidArg('agendaItemId')) agendaItemId: string,
  ): Promise<ConferenceModel> {
    return this.conferencesService.present(actor, conferenceId, agendaItemId);
  }

  @Roles('COORDINATOR', 'PHYSICIAN')
  @Subscription(() => ConferenceChangeModel, {
    description:
      'Attendance, agenda, the case presented or a recommendation changed, on any api instance.',
    filter: (
      payload: { conferenceChanged: ConferenceChangeModel },
      variables: { conferenceId: string },
    ) => payload.conferenceChanged.conferenceId === variables.conferenceId,
  })
  conferenceChanged(@Args('conferenceId', { type: () => ID }) _conferenceId: string) {
    return this.wrap(this.conferencesService.changes());
  }

  private async *wrap(source: AsyncIterableIterator<ConferenceChangeModel>) {
    for await (const change of source) yield { conferenceChanged: change };
  }
}
