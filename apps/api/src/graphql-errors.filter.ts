import { Catch, type ArgumentsHost } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { GqlContextType } from '@nestjs/graphql';

/**
 * Hands GraphQL errors to Apollo untouched. Nest would otherwise log every one with its stack,
 * expected refusals (SLOT_TAKEN, BAD_USER_INPUT) included; formatError logs the unexpected ones.
 */
@Catch()
export class GraphQLErrorsFilter extends BaseExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost) {
    if (host.getType<GqlContextType>() === 'graphql') return exception;
    return super.catch(exception, host);
  }
}
