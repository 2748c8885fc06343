import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { forbidden, PUBLIC_KEY, requestOf, ROLES_KEY, unauthenticated } from '@oneday/api-common';
import type { Role } from '@oneday/domain';
import { TokenService } from './token.service.js';

/**
 * Global guard: every operation needs a verified token unless marked @Public, and a @Roles list
 * when present. Ownership of a record is checked again in each service.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const request = requestOf(context);
    const header = request.headers?.authorization ?? '';
    const match = /^Bearer (\S+)$/.exec(header);
    const actor = match ? await this.tokens.verify(match[1]) : null;
    if (!actor) throw unauthenticated();
    request.actor = actor;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (roles && !roles.includes(actor.role)) throw forbidden();
    return true;
  }
}
