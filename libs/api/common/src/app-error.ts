import { GraphQLError } from 'graphql';
import { ErrorCode } from './error-code.js';

/** An error meant for the client: a code, a plain message and, for bad input, the field. */
export class AppError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    message: string,
    extra: Record<string, unknown> = {},
  ) {
    super(message, { extensions: { code, ...extra } });
  }
}

export const unauthenticated = () =>
  new AppError(ErrorCode.UNAUTHENTICATED, 'Sign in to continue.');

export const forbidden = (message = 'You do not have access to this.') =>
  new AppError(ErrorCode.FORBIDDEN, message);

export const notFound = (entity: string) =>
  new AppError(ErrorCode.NOT_FOUND, `${entity} not found.`);

export const badInput = (field: string, message: string) =>
  new AppError(ErrorCode.BAD_USER_INPUT, message, { field });

export const conflict = (message: string, field?: string) =>
  new AppError(ErrorCode.CONFLICT, message, field ? { field } : {});
