import type { INestApplication } from '@nestjs/common';
import { createDatabasesIfMissing } from '@oneday/api-database';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { ApiConfig } from '../src/config.js';
import { createApi } from '../src/create-api.js';
import { DEMO_PASSWORD } from '../src/seed/demo-ids.js';
import { seedDemoCenter } from '../src/seed/seed-demo-center.js';

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
}

export interface TestApi {
  app: INestApplication;
  url: string;
  dataSource: DataSource;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GraphQLResponse<T>>;
  loginAs(email: string, password?: string): Promise<string>;
  /** Statements the api has sent to PostgreSQL so far, from its /metrics. */
  sqlStatements(): Promise<number>;
  close(): Promise<void>;
}

export const TEST_JWT_SECRET = 'test-secret-for-integration-tests-only';

/** A real api on a fresh database of its own, migrated and seeded with the demo center. */
export async function startTestApi(
  options: { seed?: boolean; production?: boolean; database?: string } = {},
): Promise<TestApi> {
  const adminUrl = process.env['ONEDAY_TEST_ADMIN_URL'];
  if (!adminUrl) throw new Error('globalSetup did not provide a database');
  const name = options.database ?? `oneday_test_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  await createDatabasesIfMissing(adminUrl, [name]);
  // The same server, another database (the URL may carry ?host= for a Unix socket).
  const database = new URL(adminUrl);
  database.pathname = `/${name}`;
  const databaseUrl = database.toString();
  const config: ApiConfig & { databaseUrl: string } = {
    databaseUrl,
    port: 0,
    production: options.production ?? false,
    jwtSecret: TEST_JWT_SECRET,
    tokenTtlSeconds: 3600,
    dataDir: '/nonexistent',
    embeddedDatabasePort: 0,
    seedDemo: false,
    webDist: null,
    trialDataMaxAgeDays: 180,
    trustProxy: false,
    schemaFile: 'apps/api/schema.gql',
  };
  const seed = (dataSource: DataSource) =>
    seedDemoCenter(dataSource, new Date(), [
      'apps/api/src/seed/data/NCT02513394.json',
      'apps/api/src/seed/data/NCT03377387.json',
    ]);
  const app = await createApi(config, {
    quiet: true,
    afterMigrations: (options.seed ?? true) ? seed : undefined,
  });
  const dataSource = app.get(DataSource);
  await app.listen(0, '127.0.0.1');
  const url = `${await app.getUrl()}/graphql`.replace('[::1]', '127.0.0.1');
  const gql: TestApi['gql'] = async (query, variables, token) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLResponse<never>;
  };
  return {
    app,
    url,
    dataSource,
    gql,
    async loginAs(email, password = DEMO_PASSWORD) {
      const result = await gql<{ login: { token: string } }>(
        'mutation($input: LoginInput!) { login(input: $input) { token } }',
        { input: { email, password } },
      );
      if (!result.data?.login) throw new Error(`login failed: ${JSON.stringify(result.errors)}`);
      return result.data.login.token;
    },
    async sqlStatements() {
      const text = await (await fetch(url.replace(/\/graphql$/, '/metrics'))).text();
      return Number(/^oneday_db_queries_total (\d+)$/m.exec(text)?.[1]);
    },
    async close() {
      await app.close();
    },
  };
}
