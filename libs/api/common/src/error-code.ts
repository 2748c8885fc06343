/** Every error code a client can see; anything else reaches it as INTERNAL_SERVER_ERROR. */
export enum ErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  SLOT_TAKEN = 'SLOT_TAKEN',
  NO_FEASIBLE_DAY = 'NO_FEASIBLE_DAY',
  CONFLICT = 'CONFLICT',
  RATE_LIMITED = 'RATE_LIMITED',
  /** The database cannot be reached right now; the same request may work in a moment. */
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
}

/** Codes produced by GraphQL itself for malformed requests: safe to pass through as they are. */
export const GRAPHQL_REQUEST_CODES = [
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
] as const;
