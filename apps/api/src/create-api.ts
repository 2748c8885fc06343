import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { migrateUnderLock } from '@oneday/api-database';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module.js';
import type { ApiConfig } from './config.js';

export interface CreateApiOptions {
  quiet?: boolean;
  /** Runs after the migrations, under the same lock (the demo seed). */
  afterMigrations?: (dataSource: DataSource) => Promise<void>;
}

/** Builds the api and brings its database up to date; the caller decides when to listen. */
export async function createApi(
  config: ApiConfig & { databaseUrl: string },
  options: CreateApiOptions = {},
): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    logger: options.quiet ? false : ['error', 'warn', 'log'],
  });
  // Trial imports carry whole ClinicalTrials.gov records (PALLAS alone is 1.5 MB).
  app.useBodyParser('json', { limit: '10mb' });
  app.enableShutdownHooks();
  app.set('trust proxy', config.trustProxy);
  const dataSource = app.get(DataSource);
  await migrateUnderLock(
    dataSource,
    options.afterMigrations && (() => options.afterMigrations!(dataSource)),
  );
  return app;
}
