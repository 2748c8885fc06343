import type { ApolloServerPlugin } from '@apollo/server';
import { AppError, ErrorCode } from '@oneday/api-common';
import { GraphQLError, visit, type DocumentNode, type GraphQLSchema } from 'graphql';
import depthLimit from 'graphql-depth-limit';
import { getComplexity, simpleEstimator } from 'graphql-query-complexity';

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

/** Refused before execution: a client error (400), like GraphQL's own validation errors. */
const refuse = (field: string, message: string) =>
  new AppError(ErrorCode.BAD_USER_INPUT, message, { field, http: { status: 400 } });

/**
 * A variable's path named as the validation pipe names fields: an input object's field without
 * the variable ("input.hours[0].end" is "hours.0.end"), a plain variable by its name.
 */
function fieldOf(path: string): string {
  const segments = path.replace(/\[(\d+)\]/g, '.$1').split('.');
  return segments.length > 1 && !/^\d+$/.test(segments[1])
    ? segments.slice(1).join('.')
    : segments.join('.');
}

/**
 * Variables that do not fit their types, named by their path. GraphQL's own message repeats the
 * value sent (which may be huge or hostile); the client gets the field and the reason only.
 */
function badVariables(error: unknown): AppError {
  if (!(error instanceof GraphQLError)) throw error;
  const path =
    /got invalid value .* at "([^"]+)";/s.exec(error.message)?.[1] ??
    /^Variable "\$(\w+)"/.exec(error.message)?.[1] ??
    'variables';
  const field = fieldOf(path);
  // A value outside an enum: GraphQL's words quote it, so name the enum instead.
  const enumName = /does not exist in "(\w+)" enum/.exec(error.message)?.[1];
  const reason = enumName
    ? `Not one of the ${enumName} values.`
    : (/; ([^;]*)$/.exec(error.message)?.[1] ?? error.message).replace(/: .*$/s, '.').slice(0, 200);
  return refuse(field, `${field}: ${reason}`);
}

/** Refuses queries that would cost too much (complexity, alias batching) before any resolver runs. */
export function queryCostPlugin(schema: () => GraphQLSchema): ApolloServerPlugin {
  return {
    requestDidStart: async () => ({
      didResolveOperation: async ({ request, document }) => {
        let complexity: number;
        try {
          complexity = getComplexity({
            schema: schema(),
            operationName: request.operationName,
            query: document,
            variables: request.variables,
            estimators: [simpleEstimator({ defaultComplexity: 1 })],
          });
        } catch (error) {
          // Counting needs the variables, so their coercion errors surface here first.
          throw badVariables(error);
        }
        if (complexity > MAX_COMPLEXITY) {
          throw refuse('query', `Query is too complex: ${complexity}, at most ${MAX_COMPLEXITY}.`);
        }
        if (aliasCount(document) > MAX_ALIASES) {
          throw refuse('query', `At most ${MAX_ALIASES} aliases per query.`);
        }
      },
    }),
  };
}
