// Jest loads global setup outside its module mapper, so the library is imported by path.
// eslint-disable-next-line @nx/enforce-module-boundaries -- see above
import { startEmbeddedDatabase } from '../../../libs/api/database/src/embedded-database.ts';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(),
      );
    });
  });
}

/**
 * One real PostgreSQL for the whole run: TEST_DATABASE_URL when given (an external server),
 * otherwise an embedded one in a throw-away folder. Each test file then makes its own database.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env['TEST_DATABASE_URL']) {
    process.env['ONEDAY_TEST_ADMIN_URL'] = process.env['TEST_DATABASE_URL'];
    return;
  }
  const database = await startEmbeddedDatabase({
    dataDir: join(mkdtempSync(join(tmpdir(), 'oneday-test-')), 'pg'),
    port: await freePort(),
    databases: ['postgres'],
  });
  process.env['ONEDAY_TEST_ADMIN_URL'] = database.url;
  (globalThis as { onedayTestDatabase?: typeof database }).onedayTestDatabase = database;
}
