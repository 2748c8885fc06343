import { CombinedGraphQLErrors } from '@apollo/client';

/** The first GraphQL error's code, field and message, for showing next to a form. */
export interface ClientError {
  code: string;
  field: string | null;
  message: string;
  /** Everything else the server sent, e.g. fresh options with SLOT_TAKEN. */
  extensions: Record<string, unknown>;
}

export function clientErrorOf(error: unknown): ClientError {
  if (CombinedGraphQLErrors.is(error) && error.errors.length > 0) {
    const [first] = error.errors;
    const extensions = first.extensions ?? {};
    return {
      code: String(extensions['code'] ?? 'INTERNAL_SERVER_ERROR'),
      field: typeof extensions['field'] === 'string' ? extensions['field'] : null,
      message: first.message,
      extensions,
    };
  }
  return {
    code: 'NETWORK_ERROR',
    field: null,
    message: 'Cannot reach OneDay. Check your connection and try again.',
    extensions: {},
  };
}
