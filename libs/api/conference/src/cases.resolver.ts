import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor, uuidArg } from '@oneday/api-common';
import type { Actor } from '@oneday/domain';
import { toCaseModel } from './case.mapper.js';
import { CasesService } from './cases.service.js';
import { CasesFilter } from './dto/cases.filter.js';
import { CaseModel } from './models/case.model.js';

@Resolver(() => CaseModel)
export class CasesResolver {
  constructor(private readonly casesService: CasesService) {}

  @Query(() => [CaseModel], { description: 'Cases the caller may see, newest first.' })
  async cases(
    @CurrentActor() actor: Actor,
    @Args('filter', { type: () => CasesFilter, nullable: true }) filter?: CasesFilter,
  ): Promise<CaseModel[]> {
    return (await this.casesService.list(actor, filter ?? {})).map(toCaseModel);
  }

  @Query(() => CaseModel)
  async case(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }, uuidArg('id')) id: string,
  ): Promise<CaseModel> {
    return toCaseModel(await this.casesService.get(actor, id));
  }
}
