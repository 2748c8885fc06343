import type { GraphQLFormattedError } from 'graphql';
import { ErrorCode, GRAPHQL_REQUEST_CODES } from './error-code.js';

const CLIENT_CODES = new Set<string>([...Object.values(ErrorCode), ...GRAPHQL_REQUEST_CODES]);

/**
 * The one place errors are shaped for clients: known codes keep their message and safe
 * extensions; anything else (a driver error, a bug) becomes a generic message with no stack,
 * no SQL. The original is logged by the caller.
 */
export function formatClientError(formatted: GraphQLFormattedError): GraphQLFormattedError {
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
