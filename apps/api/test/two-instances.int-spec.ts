import { createDatabasesIfMissing, MIGRATIONS } from '@oneday/api-database';
import { startTestApi } from './test-api.js';

describe('two api instances on one database', () => {
  it('start together: one migrates and seeds, the other waits, both serve', async () => {
    const database = `oneday_test_pair_${Date.now()}`;
    await createDatabasesIfMissing(process.env['ONEDAY_TEST_ADMIN_URL'] ?? '', [database]);
    const [first, second] = await Promise.all([
      startTestApi({ database }),
      startTestApi({ database }),
    ]);
    try {
      const [{ n }] = await first.dataSource.query('SELECT count(*)::int AS n FROM migrations');
      expect(n).toBe(MIGRATIONS.length);
      const [{ patients }] = await first.dataSource.query(
        'SELECT count(*)::int AS patients FROM patient',
      );
      expect(patients).toBe(12);
      // A token signed by one instance is honoured by the other: nothing lives in one process.
      const token = await first.loginAs('coordinator@oneday.test');
      const me = await second.gql<{ me: { email: string } }>('{ me { email } }', {}, token);
      expect(me.data?.me.email).toBe('coordinator@oneday.test');
    } finally {
      await Promise.all([first.close(), second.close()]);
    }
  });
});
