import type { GraphQLFormattedError } from 'graphql';
import { ErrorCode, GRAPHQL_REQUEST_CODES } from './error-code.js';

const CLIENT_CODES = new Set<string>([...Object.values(ErrorCode), ...GRAPHQL_REQUEST_CODES]);

/** exclusion_violation (an overlapping visit) and unique_violation. */
const CONFLICT_SQLSTATES = new Set(['23P01', '23505']);

function sqlState(error: unknown): string | undefined {
  const seen = error as
    { originalError?: unknown; driverError?: { code?: string }; code?: unknown } | undefined;
  if (!seen || typeof seen !== 'object') return undefined;
  if (seen.driverError?.code) return seen.driverError.code;
  return seen.originalError ? sqlState(seen.originalError) : undefined;
}

/**
 * The one place errors are shaped for clients: known codes keep their message and safe
 * extensions; anything else (a driver error, a bug) becomes a generic message with no stack,
 * no SQL. The original is logged by the caller.
 */
export function formatClientError(
  formatted: GraphQLFormattedError,
  original?: unknown,
): GraphQLFormattedError {
  // A write the database refused as overlapping or duplicate is the client's conflict, not a crash.
  if (CONFLICT_SQLSTATES.has(sqlState(original) ?? '')) {
    return {
      message: 'That conflicts with something already recorded.',
      path: formatted.path,
      extensions: { code: ErrorCode.CONFLICT },
    };
  }
  const code = String(formatted.extensions?.['code'] ?? '');
  if (CLIENT_CODES.has(code)) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { message: formatted.message, path: formatted.path, extensions };
  }
  return {
    message: 'Something went wrong on our side. Please try again.',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
