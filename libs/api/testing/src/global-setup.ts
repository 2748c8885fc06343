// Jest loads global setup outside its module mapper, so the library is imported by path (last).
import getPort from 'get-port';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// eslint-disable-next-line @nx/enforce-module-boundaries -- see above
import { startEmbeddedDatabase } from '../../database/src/embedded-database.ts';

/**
 * One real PostgreSQL for a whole jest run (a feature lib's, or the api's): TEST_DATABASE_URL when
 * given (an external server), otherwise an embedded one in a throw-away folder. Each test file
 * makes its own database on it (featureTestingModule, or the api's startTestApi).
 */
export default async function globalSetup(): Promise<void> {
  if (process.env['TEST_DATABASE_URL']) {
    process.env['ONEDAY_TEST_ADMIN_URL'] = process.env['TEST_DATABASE_URL'];
    return;
  }
  const database = await startEmbeddedDatabase({
    dataDir: join(mkdtempSync(join(tmpdir(), 'oneday-test-')), 'pg'),
    port: await getPort(),
    databases: ['postgres'],
  });
  process.env['ONEDAY_TEST_ADMIN_URL'] = database.url;
  (globalThis as { onedayTestDatabase?: typeof database }).onedayTestDatabase = database;
}
