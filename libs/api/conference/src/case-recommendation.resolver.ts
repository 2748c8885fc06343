import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CaseModel } from '@oneday/api-cases';
import DataLoader from 'dataloader';
import { RecommendationModel } from './models/conference.model.js';
import { RecommendationsRepository } from './recommendations.repository.js';

/** One loader per request, so a list of cases asks for their recommendations once. */
const loaders = new WeakMap<object, DataLoader<string, RecommendationModel | null>>();

/** The conference's part of a case: the board's recommendation, once recorded. */
@Resolver(() => CaseModel)
export class CaseRecommendationResolver {
  constructor(private readonly recommendations: RecommendationsRepository) {}

  @ResolveField(() => RecommendationModel, {
    nullable: true,
    description: "The board's recommendation, once recorded.",
  })
  recommendation(
    @Parent() caseModel: CaseModel,
    @Context() context: object,
  ): Promise<RecommendationModel | null> {
    let loader = loaders.get(context);
    if (!loader) {
      loader = new DataLoader(async (caseIds: readonly string[]) => {
        const found = await this.recommendations.byCase(caseIds);
        return caseIds.map((id) => found.get(id) ?? null);
      });
      loaders.set(context, loader);
    }
    return loader.load(caseModel.id);
  }
}
