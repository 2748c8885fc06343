import { startApiProcess, type ApiProcess } from './api-process.js';
import { startTestDatabase, type TestDatabase } from './database.js';

/**
 * For the whole describe block: a PostgreSQL of the test's own and two api processes on it, as
 * behind a load balancer. Read them from the returned object once the tests run.
 */
export function twoApiProcessesOnOneDatabase(): { db: TestDatabase; apis: ApiProcess[] } {
  const setup = { apis: [] } as unknown as { db: TestDatabase; apis: ApiProcess[] };
  beforeAll(async () => {
    setup.db = await startTestDatabase();
    setup.apis = await Promise.all([startApiProcess(setup.db.url), startApiProcess(setup.db.url)]);
  });
  afterAll(async () => {
    await Promise.all(setup.apis.map((api) => api.stop()));
    await setup.db?.stop();
  });
  return setup;
}
