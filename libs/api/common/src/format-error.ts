import type { GraphQLFormattedError } from 'graphql';
import { ErrorCode, GRAPHQL_REQUEST_CODES } from './error-code.js';

const CLIENT_CODES = new Set<string>([...Object.values(ErrorCode), ...GRAPHQL_REQUEST_CODES]);

/** exclusion_violation (an overlapping visit) and unique_violation. */
const CONFLICT_SQLSTATES = new Set(['23P01', '23505']);

/** Connection refused or lost, server shutting down or starting: the database is away, not wrong. */
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'ENOTFOUND',
]);
const UNAVAILABLE_SQLSTATE = /^(08|57P0[1-3])/;
const UNAVAILABLE_MESSAGE =
  /Connection terminated|connection error|timeout exceeded when trying to connect|the database system is (starting up|shutting down)/i;

/** The error and what it wraps: GraphQL's originalError, TypeORM's driverError, `cause`. */
function* chain(error: unknown): Generator<{ code?: unknown; message?: unknown }> {
  let seen = error as
    { originalError?: unknown; driverError?: unknown; cause?: unknown; code?: unknown } | undefined;
  for (let depth = 0; seen && typeof seen === 'object' && depth < 8; depth++) {
    yield seen;
    seen = (seen.driverError ?? seen.originalError ?? seen.cause) as typeof seen;
  }
}

function sqlState(error: unknown): string | undefined {
  for (const link of chain(error)) {
    const wrapped = (link as { driverError?: { code?: string } }).driverError;
    if (wrapped?.code) return wrapped.code;
  }
  return undefined;
}

export function isDatabaseUnavailable(error: unknown): boolean {
  for (const link of chain(error)) {
    // Any failure to connect: refused over TCP, or ENOENT when a Unix socket's server is down.
    if ((link as { syscall?: unknown }).syscall === 'connect') return true;
    const code = typeof link.code === 'string' ? link.code : '';
    if (UNAVAILABLE_CODES.has(code) || UNAVAILABLE_SQLSTATE.test(code)) return true;
    if (typeof link.message === 'string' && UNAVAILABLE_MESSAGE.test(link.message)) return true;
  }
  return false;
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
  if (isDatabaseUnavailable(original)) {
    return {
      message: 'The database is unavailable; please try again in a moment.',
      path: formatted.path,
      extensions: { code: ErrorCode.SERVICE_UNAVAILABLE },
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
