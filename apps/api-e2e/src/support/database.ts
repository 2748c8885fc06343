// The e2e suites may not import libraries; the embedded server is started by path, as the api's
// own Jest global setup does.
import getPort from 'get-port';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
// eslint-disable-next-line @nx/enforce-module-boundaries -- see above
import { startEmbeddedDatabase } from '../../../../libs/api/database/src/embedded-database.ts';

export interface TestDatabase {
  url: string;
  /** One statement on a short-lived connection of the test's own. */
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Statements in one transaction that is always rolled back: a scratch copy of the data. */
  rolledBack<T>(
    work: (query: (sql: string) => Promise<Record<string, unknown>[]>) => Promise<T>,
  ): Promise<T>;
  /** Stops the server; `start` brings the same cluster back on the same port. */
  stop(): Promise<void>;
  start(): Promise<void>;
}

/** A PostgreSQL of the test's own that it can stop and start while api processes run. */
export async function startTestDatabase(): Promise<TestDatabase> {
  const options = {
    dataDir: join(mkdtempSync(join(tmpdir(), 'oneday-api-e2e-')), 'pg'),
    port: await getPort(),
    databases: ['oneday'],
  };
  let server = await startEmbeddedDatabase(options);
  const url = server.url;
  return {
    url,
    async query<T>(sql: string, params: unknown[] = []) {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        return (await client.query(sql, params)).rows as T[];
      } finally {
        await client.end();
      }
    },
    async rolledBack(work) {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query('BEGIN');
        return await work(async (sql) => (await client.query(sql)).rows);
      } finally {
        await client.query('ROLLBACK');
        await client.end();
      }
    },
    stop: () => server.stop(),
    async start() {
      server = await startEmbeddedDatabase(options);
    },
  };
}
