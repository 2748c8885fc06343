import { AuditModule } from '@oneday/api-audit';
import { CasesModule } from '@oneday/api-cases';
import { featureTestingModule, refusal, type FeatureTestingModule } from '@oneday/api-testing';
import { AuthModule } from './auth.module.js';
import { AuthService, hashPassword } from './auth.service.js';
import { TokenService } from './token.service.js';

const PASSWORD = 'correct horse battery staple';

describe('AuthService.login', () => {
  let t: FeatureTestingModule;
  let auth: AuthService;
  let passwordHash: string;

  beforeAll(async () => {
    t = await featureTestingModule({
      imports: [
        AuditModule,
        // Users point at specialists and patients: their features' tables (and relations).
        CasesModule,
        AuthModule.forRoot({ jwtSecret: 'lib-test-secret', tokenTtlSeconds: 600 }),
      ],
    });
    auth = t.get(AuthService);
    passwordHash = await hashPassword(PASSWORD);
  });
  afterAll(() => t?.close());

  it('signs in: a token for the actor, a succeeded login_attempt and a LOGIN audit row', async () => {
    const physician = await t.anActor('PHYSICIAN', { passwordHash });

    const { token, user } = await auth.login(
      `  ${physician.email.toUpperCase()} `,
      PASSWORD,
      '10.0.0.7',
    );

    expect(user.id).toBe(physician.userId);
    expect(await t.get(TokenService).verify(token)).toMatchObject({
      userId: physician.userId,
      role: 'PHYSICIAN',
      specialistId: physician.specialistId,
    });
    expect(
      await t.sql(`SELECT succeeded, client_address FROM login_attempt WHERE email = $1`, [
        physician.email,
      ]),
    ).toEqual([{ succeeded: true, client_address: '10.0.0.7' }]);
    expect(
      await t.sql(
        `SELECT actor_id, action, entity, entity_id, outcome FROM audit_event WHERE entity_id = $1`,
        [physician.userId],
      ),
    ).toEqual([
      {
        actor_id: physician.userId,
        action: 'LOGIN',
        entity: 'User',
        entity_id: physician.userId,
        outcome: 'ALLOWED',
      },
    ]);
  });

  it('answers UNAUTHENTICATED for a wrong password and counts the failure', async () => {
    const coordinator = await t.anActor('COORDINATOR', { passwordHash });

    expect(await refusal(auth.login(coordinator.email, 'wrong password'))).toMatchObject({
      code: 'UNAUTHENTICATED',
      message: 'Email or password is not correct.',
    });
    expect(
      await t.sql(`SELECT succeeded FROM login_attempt WHERE email = $1`, [coordinator.email]),
    ).toEqual([{ succeeded: false }]);
    expect(
      await t.sql(`SELECT actor_id, outcome FROM audit_event WHERE entity_id = $1`, [
        coordinator.userId,
      ]),
    ).toEqual([{ actor_id: null, outcome: 'DENIED' }]);
  });

  it('answers an unknown email exactly as a wrong password', async () => {
    expect(await refusal(auth.login('nobody@oneday.test', PASSWORD))).toMatchObject({
      code: 'UNAUTHENTICATED',
      message: 'Email or password is not correct.',
    });
  });

  it('locks an account out after five failures: RATE_LIMITED with retryAt, even with the right password', async () => {
    const admin = await t.anActor('ADMIN', { passwordHash });
    for (let i = 0; i < 5; i++) await refusal(auth.login(admin.email, `wrong ${i}`));

    const refused = await refusal(auth.login(admin.email, PASSWORD));

    expect(refused.code).toBe('RATE_LIMITED');
    expect(await t.count('login_attempt', 'email = $1 AND succeeded', [admin.email])).toBe(0);
  });
});
