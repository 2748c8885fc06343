import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, AuditLog, ErrorCode, notFound, UnitOfWork } from '@oneday/api-common';
import { CLIENT_LOGIN_THROTTLE, decideLoginAttempt, type Actor } from '@oneday/domain';
import argon2 from 'argon2';
import { DataSource, In, MoreThan } from 'typeorm';
import { AUTH_CHANGES } from './auth.changes.js';
import { LoginAttempt } from './login-attempt.entity.js';
import { TokenService } from './token.service.js';
import { User } from './user.entity.js';

const WRONG_CREDENTIALS = 'Email or password is not correct.';
// Compared against when the email is unknown, so a miss costs as long as a wrong password.
const DUMMY_HASH = argon2.hash('not-a-real-password');

export function actorOf(user: User): Actor {
  return {
    userId: user.id,
    role: user.role,
    patientId: user.patientId,
    specialistId: user.specialistId,
  };
}

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: TokenService,
    private readonly audit: AuditLog,
    private readonly uow: UnitOfWork,
  ) {}

  /** Recent failures of this email and of this client: both must be under their limits. */
  private async throttle(email: string, clientAddress: string | null, now: Date) {
    const since = MoreThan(new Date(now.getTime() - 3_600_000));
    const attempts = this.dataSource.getRepository(LoginAttempt);
    const failuresOf = async (where: object) =>
      (
        await attempts.find({
          select: { attemptedAt: true },
          where: { ...where, succeeded: false, attemptedAt: since },
        })
      ).map((f) => f.attemptedAt);
    const byEmail = decideLoginAttempt(await failuresOf({ email }), now);
    if (!byEmail.allowed || !clientAddress) return byEmail;
    return decideLoginAttempt(await failuresOf({ clientAddress }), now, CLIENT_LOGIN_THROTTLE);
  }

  async login(
    emailInput: string,
    password: string,
    clientAddress: string | null = null,
    now = new Date(),
  ) {
    const email = emailInput.trim().toLowerCase();
    const attempts = this.dataSource.getRepository(LoginAttempt);
    const decision = await this.throttle(email, clientAddress, now);
    if (!decision.allowed) {
      await this.audit.record({
        actor: null,
        action: 'LOGIN',
        entity: 'User',
        entityId: email,
        outcome: 'DENIED',
        detail: 'locked out',
      });
      throw new AppError(
        ErrorCode.RATE_LIMITED,
        'Too many failed sign-in attempts. Try again later.',
        {
          retryAt: decision.retryAt.toISOString(),
        },
      );
    }
    const user = await this.dataSource.getRepository(User).findOneBy({ email });
    const hash = user?.active ? user.passwordHash : await DUMMY_HASH;
    const matches = await argon2.verify(hash, password).catch(() => false);
    const succeeded = Boolean(user?.active) && matches;
    if (!succeeded || !user) {
      // A refusal is no change, but the failure must count towards the limits.
      await attempts.insert({ email, succeeded: false, clientAddress });
      await this.audit.record({
        actor: null,
        action: 'LOGIN',
        entity: 'User',
        entityId: user?.id ?? null,
        outcome: 'DENIED',
      });
      throw new AppError(ErrorCode.UNAUTHENTICATED, WRONG_CREDENTIALS);
    }
    const actor = actorOf(user);
    await this.uow.run(AUTH_CHANGES.login, actor, async ({ manager, audit }) => {
      await manager.insert(LoginAttempt, { email, succeeded: true, clientAddress });
      audit({ action: 'LOGIN', entity: 'User', entityId: user.id });
    });
    const { token, expiresAt } = await this.tokens.sign(actor);
    return { token, expiresAt, user };
  }

  async me(actor: Actor): Promise<User> {
    const user = await this.dataSource
      .getRepository(User)
      .findOneBy({ id: actor.userId, active: true });
    if (!user) throw notFound('User');
    return user;
  }

  /** Display names by user id, for features that show who did something. */
  async displayNames(ids: readonly (string | null)[]): Promise<Map<string, string>> {
    const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
    if (wanted.length === 0) return new Map();
    const users = await this.dataSource.getRepository(User).find({
      select: { id: true, displayName: true },
      where: { id: In(wanted) },
    });
    return new Map(users.map((u) => [u.id, u.displayName]));
  }

  listUsers(): Promise<User[]> {
    return this.dataSource.getRepository(User).find({ order: { role: 'ASC', displayName: 'ASC' } });
  }
}

export const hashPassword = (password: string) => argon2.hash(password, { type: argon2.argon2id });
