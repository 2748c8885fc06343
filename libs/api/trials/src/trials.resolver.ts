import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { badInput, CaseProgramEnum, CurrentActor, Roles, uuidArg } from '@oneday/api-common';
import type { Actor, CaseProgram } from '@oneday/domain';
import { RecordTrialReviewInput } from './dto/record-trial-review.input.js';
import { TrialCriteriaInput } from './dto/trial-criteria.input.js';
import { PendingTrialReviewModel } from './models/pending-review.model.js';
import {
  ImportTrialsResultModel,
  TrialMatchModel,
  TrialReviewModel,
} from './models/trial-match.model.js';
import { TrialModel } from './models/trial.model.js';
import { criteriaFromInput, toTrialModel } from './trial.mapper.js';
import { TrialsService } from './trials.service.js';

const MAX_IMPORT_CHARS = 8_000_000;

@Resolver(() => TrialModel)
export class TrialsResolver {
  constructor(private readonly registry: TrialsService) {}

  @Roles('COORDINATOR', 'PHYSICIAN', 'ADMIN')
  @Query(() => [TrialModel], { description: 'The trial registry (no patient data).' })
  async trials(
    @Args('program', { nullable: true, type: () => CaseProgramEnum }) program?: CaseProgram,
    @Args('recruitingOnly', { nullable: true, type: () => Boolean }) recruitingOnly?: boolean,
  ): Promise<TrialModel[]> {
    return (await this.registry.list({ program, recruitingOnly: recruitingOnly ?? false })).map(
      toTrialModel,
    );
  }

  @Roles('COORDINATOR', 'PHYSICIAN')
  @Query(() => [TrialMatchModel], {
    description: 'Every trial evaluated against the case, in review order.',
  })
  trialMatches(
    @CurrentActor() actor: Actor,
    @Args('caseId', { type: () => ID }, uuidArg('caseId')) caseId: string,
  ): Promise<TrialMatchModel[]> {
    return this.registry.matches(actor, caseId);
  }

  @Roles('COORDINATOR')
  @Query(() => [PendingTrialReviewModel], {
    description: 'Booked patients whose trial eligibility review is pending.',
  })
  pendingTrialReviews(@CurrentActor() actor: Actor): Promise<PendingTrialReviewModel[]> {
    return this.registry.pendingReviews(actor);
  }

  @Roles('COORDINATOR', 'ADMIN')
  @Mutation(() => ImportTrialsResultModel, {
    description: 'ClinicalTrials.gov API v2 study JSON: one study, a list, or { studies }.',
  })
  importTrials(
    @CurrentActor() actor: Actor,
    @Args('json') json: string,
  ): Promise<ImportTrialsResultModel> {
    if (json.length > MAX_IMPORT_CHARS) throw badInput('json', 'At most 8 MB of JSON at a time.');
    return this.registry.import(actor, json);
  }

  @Roles('COORDINATOR', 'PHYSICIAN')
  @Mutation(() => TrialModel, { description: 'Replace the structured criteria of a trial.' })
  async updateTrialCriteria(
    @CurrentActor() actor: Actor,
    @Args('input') input: TrialCriteriaInput,
  ): Promise<TrialModel> {
    return toTrialModel(
      await this.registry.updateCriteria(actor, input.trialId, criteriaFromInput(input)),
    );
  }

  @Roles('COORDINATOR', 'PHYSICIAN')
  @Mutation(() => TrialReviewModel)
  recordTrialReview(
    @CurrentActor() actor: Actor,
    @Args('input') input: RecordTrialReviewInput,
  ): Promise<TrialReviewModel> {
    return this.registry.recordReview(actor, input);
  }

  @Roles('COORDINATOR', 'PHYSICIAN')
  @Mutation(() => TrialReviewModel, {
    description: 'The patient withdrew consent to be contacted.',
  })
  withdrawTrialConsent(
    @CurrentActor() actor: Actor,
    @Args('reviewId', { type: () => ID }, uuidArg('reviewId')) reviewId: string,
  ): Promise<TrialReviewModel> {
    return this.registry.withdrawConsent(actor, reviewId);
  }
}
