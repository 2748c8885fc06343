import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor, Roles, uuidArg } from '@oneday/api-common';
import { formatLocalDate, localDateOf, type Actor } from '@oneday/domain';
import { toCaseModel } from './case.mapper.js';
import { CasesService } from './cases.service.js';
import { CasesFilter } from './dto/cases.filter.js';
import { SubmitCaseInput } from './dto/submit-case.input.js';
import { CaseModel } from './models/case.model.js';

@Resolver(() => CaseModel)
export class CasesResolver {
  constructor(private readonly casesService: CasesService) {}

  @Roles('PHYSICIAN', 'COORDINATOR')
  @Query(() => [CaseModel], { description: 'Cases the caller may see, newest first.' })
  async cases(
    @CurrentActor() actor: Actor,
    @Args('filter', { type: () => CasesFilter, nullable: true }) filter?: CasesFilter,
  ): Promise<CaseModel[]> {
    return (await this.casesService.list(actor, filter ?? {})).map(toCaseModel);
  }

  @Roles('PHYSICIAN', 'COORDINATOR')
  @Query(() => CaseModel)
  async case(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }, uuidArg('id')) id: string,
  ): Promise<CaseModel> {
    return toCaseModel(await this.casesService.get(actor, id));
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
