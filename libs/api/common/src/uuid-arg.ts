import { ParseUUIDPipe } from '@nestjs/common';
import { badInput } from './app-error.js';

/** Validates an id argument: a malformed one is BAD_USER_INPUT naming the argument. */
export const uuidArg = (field: string) =>
  new ParseUUIDPipe({ exceptionFactory: () => badInput(field, `${field} must be a UUID.`) });
