import { JwtService } from '@nestjs/jwt';
import { DEMO_PASSWORD } from '../src/seed/demo-ids.js';
import { startTestApi, TEST_JWT_SECRET, type TestApi } from './test-api.js';

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { token expiresAt user { email role displayName } } }`;
const ME = '{ me { email role patientId specialistId } }';

describe('sign-in and roles', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it('signs in with the demo password and knows who you are', async () => {
    const result = await api.gql<{ login: { token: string; user: { role: string } } }>(LOGIN, {
      input: { email: 'Physician@OneDay.test', password: DEMO_PASSWORD },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.login.user.role).toBe('PHYSICIAN');
    const me = await api.gql<{ me: { email: string; specialistId: string } }>(
      ME,
      {},
      result.data?.login.token,
    );
    expect(me.data?.me).toMatchObject({ email: 'physician@oneday.test', role: 'PHYSICIAN' });
    expect(me.data?.me.specialistId).toBeTruthy();
  });

  it('gives one generic error for an unknown email and for a wrong password', async () => {
    const unknown = await api.gql(LOGIN, { input: { email: 'nobody@oneday.test', password: 'x' } });
    const wrong = await api.gql(LOGIN, {
      input: { email: 'admin@oneday.test', password: 'wrong-password' },
    });
    expect(unknown.errors?.[0]).toMatchObject({
      message: 'Email or password is not correct.',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    expect(wrong.errors?.[0].message).toBe(unknown.errors?.[0].message);
    expect(wrong.errors?.[0].extensions).toEqual(unknown.errors?.[0].extensions);
  });

  it('locks an account out after repeated failures, even with the right password', async () => {
    const email = 'coordinator@oneday.test';
    for (let i = 0; i < 5; i++) {
      await api.gql(LOGIN, { input: { email, password: `guess-${i}` } });
    }
    const locked = await api.gql(LOGIN, { input: { email, password: DEMO_PASSWORD } });
    expect(locked.errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED' });
    const [{ n }] = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE action = 'LOGIN' AND outcome = 'DENIED' AND detail = 'locked out'`,
    );
    expect(n).toBe(1);
  });

  it('slows down one client trying many emails, while other clients still sign in', async () => {
    // A database of its own: this client ends up locked out for a quarter of an hour.
    const fresh = await startTestApi();
    try {
      for (let i = 0; i < 30; i++) {
        await fresh.gql(LOGIN, { input: { email: `spray-${i}@oneday.test`, password: 'x' } });
      }
      const blocked = await fresh.gql(LOGIN, {
        input: { email: 'physician@oneday.test', password: DEMO_PASSWORD },
      });
      expect(blocked.errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED' });
      // The same account from another address (as a proxy reports it) is not held back.
      await fresh.dataSource.query(
        `UPDATE login_attempt SET client_address = '192.0.2.1' WHERE client_address IS NOT NULL`,
      );
      const elsewhere = await fresh.gql(LOGIN, {
        input: { email: 'physician@oneday.test', password: DEMO_PASSWORD },
      });
      expect(elsewhere.errors).toBeUndefined();
    } finally {
      await fresh.close();
    }
  });

  it('refuses a missing, tampered or expired token', async () => {
    const token = await api.loginAs('admin@oneday.test');
    const [header, payload] = token.split('.');
    const forged = await new JwtService().signAsync(
      { sub: 'x', role: 'ADMIN', pid: null, sid: null },
      { secret: 'not-the-secret' },
    );
    const expired = await new JwtService().signAsync(
      { sub: 'x', role: 'ADMIN', pid: null, sid: null, exp: Math.floor(Date.now() / 1000) - 60 },
      { secret: TEST_JWT_SECRET },
    );
    for (const bad of [undefined, `${header}.${payload}.AAAA`, forged, expired, 'garbage']) {
      const result = await api.gql(ME, {}, bad);
      expect(result.errors?.[0].extensions).toEqual({ code: 'UNAUTHENTICATED' });
      expect(result.data).toBeNull();
    }
  });

  it('keeps admin-only queries from other roles', async () => {
    // The coordinator is locked out by the test above.
    for (const email of ['patient@oneday.test', 'physician@oneday.test']) {
      const token = await api.loginAs(email);
      for (const query of ['{ users { email } }', '{ auditEvents { id } }']) {
        const refused = await api.gql(query, {}, token);
        expect(refused.errors?.[0].extensions).toEqual({ code: 'FORBIDDEN' });
      }
    }
    const admin = await api.loginAs('admin@oneday.test');
    const users = await api.gql<{ users: { email: string }[] }>(
      '{ users { email role } }',
      {},
      admin,
    );
    expect(users.data?.users.map((u) => u.email)).toContain('patient@oneday.test');
  });

  it('never returns a password hash', async () => {
    const admin = await api.loginAs('admin@oneday.test');
    const result = await api.gql('{ users { passwordHash } }', {}, admin);
    expect(result.errors?.[0].extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
