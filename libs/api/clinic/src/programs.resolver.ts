import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor, Roles } from '@oneday/api-common';
import type { Actor } from '@oneday/domain';
import { UpdateProgramInput } from './dto/update-program.input.js';
import { ProgramModel } from './models/program.model.js';
import { templateFromInput, toProgramModel } from './program.mapper.js';
import { ProgramsService } from './programs.service.js';

@Resolver(() => ProgramModel)
export class ProgramsResolver {
  constructor(private readonly programTemplates: ProgramsService) {}

  @Roles('COORDINATOR', 'PHYSICIAN', 'ADMIN')
  @Query(() => [ProgramModel], { description: 'Same-day clinic pathways with their steps.' })
  async programs(): Promise<ProgramModel[]> {
    return (await this.programTemplates.list()).map(toProgramModel);
  }

  @Roles('COORDINATOR', 'ADMIN')
  @Mutation(() => ProgramModel, {
    description: 'Replace a program template (checked for order cycles).',
  })
  async updateProgram(
    @CurrentActor() actor: Actor,
    @Args('input') input: UpdateProgramInput,
  ): Promise<ProgramModel> {
    return toProgramModel(await this.programTemplates.update(actor, templateFromInput(input)));
  }
}
