import { startTestApi, type TestApi } from './test-api.js';

describe('GraphQL hygiene', () => {
  let api: TestApi;
  let production: TestApi;
  beforeAll(async () => {
    [api, production] = await Promise.all([
      startTestApi(),
      startTestApi({ production: true, seed: false }),
    ]);
  });
  afterAll(() => Promise.all([api.close(), production.close()]));

  it('refuses queries nested too deep before running them', async () => {
    const deep = `{ me { ${'a { '.repeat(10)}b${' }'.repeat(10)} } }`;
    const result = await api.gql(deep);
    expect(result.errors?.[0].extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses alias batching', async () => {
    const token = await api.loginAs('coordinator@oneday.test');
    const batch = `{ ${Array.from({ length: 40 }, (_, i) => `m${i}: me { email }`).join(' ')} }`;
    const result = await api.gql(batch, {}, token);
    expect(result.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'query' });
  });

  it('turns introspection and field suggestions off in production', async () => {
    const introspection = await production.gql('{ __schema { types { name } } }');
    expect(introspection.errors?.[0].extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
    const typo = await production.gql('{ mee { email } }');
    expect(typo.errors?.[0].message).not.toMatch(/Did you mean/);
  });

  it('answers a plain form post (CSRF) with an error, not an operation', async () => {
    const response = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: '{"query":"{ me { email } }"}',
    });
    expect(response.status).toBe(400);
  });

  it('never sends a stack trace or SQL to the client', async () => {
    const token = await api.loginAs('coordinator@oneday.test');
    // Sabotage the table so the resolver fails inside the driver.
    await api.dataSource.query('ALTER TABLE patient RENAME TO patient_moved');
    try {
      const result = await api.gql('{ patients { id } }', {}, token);
      expect(result.errors?.[0]).toEqual({
        message: 'Something went wrong on our side. Please try again.',
        path: ['patients'],
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      });
      expect(JSON.stringify(result)).not.toMatch(/SELECT|relation|at \w+ \(/);
    } finally {
      await api.dataSource.query('ALTER TABLE patient_moved RENAME TO patient');
    }
  });

  it('reports liveness and readiness over plain HTTP', async () => {
    const base = api.url.replace(/\/graphql$/, '');
    expect(await (await fetch(`${base}/health`)).json()).toEqual({ status: 'ok' });
    expect(await (await fetch(`${base}/ready`)).json()).toEqual({ status: 'ready' });
  });
});
