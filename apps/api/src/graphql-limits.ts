import type { ApolloServerPlugin } from '@apollo/server';
import { badInput } from '@oneday/api-common';
import depthLimit from 'graphql-depth-limit';
import { getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { visit, type DocumentNode, type GraphQLSchema } from 'graphql';

export const MAX_DEPTH = 8;
export const MAX_COMPLEXITY = 2000;
export const MAX_ALIASES = 30;

export const depthRule = depthLimit(MAX_DEPTH);

function aliasCount(document: DocumentNode): number {
  let count = 0;
  visit(document, {
    Field: (node) => {
      if (node.alias) count++;
    },
  });
  return count;
}

/** Refuses queries that would cost too much (complexity, alias batching) before any resolver runs. */
export function queryCostPlugin(schema: () => GraphQLSchema): ApolloServerPlugin {
  return {
    requestDidStart: async () => ({
      didResolveOperation: async ({ request, document }) => {
        const complexity = getComplexity({
          schema: schema(),
          operationName: request.operationName,
          query: document,
          variables: request.variables,
          estimators: [simpleEstimator({ defaultComplexity: 1 })],
        });
        if (complexity > MAX_COMPLEXITY) {
          throw badInput(
            'query',
            `Query is too complex: ${complexity}, at most ${MAX_COMPLEXITY}.`,
          );
        }
        if (aliasCount(document) > MAX_ALIASES) {
          throw badInput('query', `At most ${MAX_ALIASES} aliases per query.`);
        }
      },
    }),
  };
}
