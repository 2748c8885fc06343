import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor, Roles, uuidArg } from '@oneday/api-common';
import { formatLocalDate, localDateOf, type Actor } from '@oneday/domain';
import { toCaseModel } from './case.mapper.js';
import { CasesService } from './cases.service.js';
import { CasesFilter } from './dto/cases.filter.js';
import { SubmitCaseInput } from './dto/submit-case.input.js';
import { RecommendationsRepository } from './recommendations.repository.js';
import { CaseModel } from './models/case.model.js';

@Resolver(() => CaseModel)
export class CasesResolver {
  constructor(
    private readonly casesService: CasesService,
    private readonly recommendations: RecommendationsRepository,
  ) {}

  @Roles('PHYSICIAN', 'COORDINATOR')
  @Query(() => [CaseModel], { description: 'Cases the caller may see, newest first.' })
  async cases(
    @CurrentActor() actor: Actor,
    @Args('filter', { type: () => CasesFilter, nullable: true }) filter?: CasesFilter,
  ): Promise<CaseModel[]> {
    const rows = await this.casesService.list(actor, filter ?? {});
    const recommendations = await this.recommendations.byCase(rows.map((r) => r.id));
    return rows.map((r) => toCaseModel(r, recommendations.get(r.id) ?? null));
  }

  @Roles('PHYSICIAN', 'COORDINATOR')
  @Query(() => CaseModel)
  async case(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }, uuidArg('id')) id: string,
  ): Promise<CaseModel> {
    const row = await this.casesService.get(actor, id);
    const recommendations = await this.recommendations.byCase([row.id]);
    return toCaseModel(row, recommendations.get(row.id) ?? null);
  }

  @Roles('PHYSICIAN')
  @Mutation(() => CaseModel, { description: 'Bring a case to the Cancer Conference.' })
  async submitCase(
    @CurrentActor() actor: Actor,
    @Args('input') input: SubmitCaseInput,
  ): Promise<CaseModel> {
    // The latest calendar date anywhere (UTC+14): a result dated today in any zone is accepted.
    const today = formatLocalDate(localDateOf(new Date(), 'Pacific/Kiritimati'));
    return toCaseModel(await this.casesService.submit(actor, input, today));
  }
}
