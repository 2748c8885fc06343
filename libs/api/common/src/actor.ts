import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Actor } from '@oneday/domain';
import type { Request } from 'express';
import { unauthenticated } from './app-error.js';

/** What the request carries once the auth guard has verified the token. */
export interface RequestWithActor extends Request {
  actor?: Actor;
}

export function requestOf(context: ExecutionContext): RequestWithActor {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: RequestWithActor }>().req;
  }
  return context.switchToHttp().getRequest<RequestWithActor>();
}

/** The signed-in user of this request (the guard has already refused anonymous calls). */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext) => {
  const actor = requestOf(context).actor;
  if (!actor) throw unauthenticated();
  return actor;
});
