import type { DynamicModule, ForwardReference, Provider, Type } from '@nestjs/common';
import { Test, type TestingModule } from '@nestjs/testing';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ChangesModule } from '@oneday/api-common';
import {
  createDatabasesIfMissing,
  dataSourceOptions,
  migrateUnderLock,
} from '@oneday/api-database';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { factories, type Factories } from './factories.js';

/** Providers the test supplies to every module (a port whose owner sits above the feature). */
class TestProviders {}

type Import = Type<unknown> | DynamicModule | Promise<DynamicModule> | ForwardReference;

export interface FeatureTestingModule extends Factories {
  module: TestingModule;
  dataSource: DataSource;
  /** The connection string of this test file's own database. */
  url: string;
  /** One provider of the module under test (services not exported by their module too). */
  get<T>(token: Type<T> | string | symbol): T;
  /** Rows of a query, for asserting what a change left in the database. */
  sql<T = Record<string, unknown>>(text: string, parameters?: unknown[]): Promise<T[]>;
  /** LISTENs on a channel with a client of its own; `received` fills as notifications arrive. */
  listen(channel: string): Promise<Listener>;
  close(): Promise<void>;
}

export interface Listener {
  received: unknown[];
  /** Waits (up to `timeoutMs`, two seconds) until `count` notifications have arrived. */
  next(count?: number, timeoutMs?: number): Promise<unknown[]>;
  close(): Promise<void>;
}

/**
 * The feature module(s) under test on a FRESH database of their own (random name, migrated,
 * so the program templates of the migrations are there and nothing else), with TypeORM and
 * the unit of work. `imports` names the features and what they need: `AuditModule` (the
 * audit trail every change writes), and `CasesModule` where patients are read (it provides
 * the patients' relations). Needs the global setup of this lib (ONEDAY_TEST_ADMIN_URL).
 */
export async function featureTestingModule(options: {
  imports: Import[];
  /** Given to every module, as a global feature module would. */
  providers?: Provider[];
}): Promise<FeatureTestingModule> {
  const providers = options.providers ?? [];
  const adminUrl = process.env['ONEDAY_TEST_ADMIN_URL'];
  if (!adminUrl) throw new Error('the api-testing global setup did not provide a database');
  const name = `oneday_lib_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  await createDatabasesIfMissing(adminUrl, [name]);
  const database = new URL(adminUrl);
  database.pathname = `/${name}`;
  const url = database.toString();
  const module = await Test.createTestingModule({
    imports: [
      TypeOrmModule.forRoot({
        ...dataSourceOptions(url),
        extra: { max: 4 },
        autoLoadEntities: true,
        retryAttempts: 0,
      }),
      ChangesModule,
      ...options.imports,
      // Global, like the real features that provide ports (cases for the patients' relations).
      { module: TestProviders, global: true, providers, exports: providers },
    ],
  }).compile();
  const dataSource = module.get(DataSource);
  await migrateUnderLock(dataSource);
  await module.init();
  const listeners: Listener[] = [];
  return {
    module,
    dataSource,
    url,
    get: <T>(token: Type<T> | string | symbol) => module.get<T>(token, { strict: false }),
    sql: <T>(text: string, parameters: unknown[] = []) =>
      dataSource.query(text, parameters) as Promise<T[]>,
    async listen(channel) {
      const listener = await listenOn(url, channel);
      listeners.push(listener);
      return listener;
    },
    ...factories(dataSource),
    async close() {
      await Promise.all(listeners.map((l) => l.close()));
      await module.close();
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      try {
        await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await admin.end();
      }
    },
  };
}

async function listenOn(url: string, channel: string): Promise<Listener> {
  const client = new pg.Client({ connectionString: url });
  const received: unknown[] = [];
  let wake: () => void = () => undefined;
  client.on('notification', (message) => {
    received.push(message.payload ? JSON.parse(message.payload) : null);
    wake();
  });
  await client.connect();
  await client.query(`LISTEN ${channel}`);
  return {
    received,
    async next(count = 1, timeoutMs = 2000) {
      const deadline = Date.now() + timeoutMs;
      while (received.length < count && Date.now() < deadline) {
        await new Promise<void>((resolve) => {
          wake = resolve;
          setTimeout(resolve, 50);
        });
      }
      return received;
    },
    close: () => client.end(),
  };
}
