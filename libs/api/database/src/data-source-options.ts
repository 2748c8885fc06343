import type { DataSourceOptions } from 'typeorm';
import { Foundation1764000000000 } from './migrations/1764000000000-foundation.js';
import { ProgramTemplates1764100000000 } from './migrations/1764100000000-program-templates.js';
import { ConferenceCurrentCase1764200000000 } from './migrations/1764200000000-conference-current-case.js';
import { TrialLocations1764300000000 } from './migrations/1764300000000-trial-locations.js';
import { LoginAttemptClient1764400000000 } from './migrations/1764400000000-login-attempt-client.js';
import { OneBookedDayPerPatient1764500000000 } from './migrations/1764500000000-one-booked-day-per-patient.js';
import { CaseFirstOnAgenda1764600000000 } from './migrations/1764600000000-case-first-on-agenda.js';
import { ClinicDayCaseOfPatient1764700000000 } from './migrations/1764700000000-clinic-day-case-of-patient.js';
import { RecommendationTrials1764800000000 } from './migrations/1764800000000-recommendation-trials.js';
import { QueryMetrics, SLOW_QUERY_MS } from './query-metrics.js';
import { SnakeNamingStrategy } from './snake-naming-strategy.js';

/** Every migration, in order. Listed, not globbed, so the built app and Jest find the same set. */
export const MIGRATIONS = [
  Foundation1764000000000,
  ProgramTemplates1764100000000,
  ConferenceCurrentCase1764200000000,
  TrialLocations1764300000000,
  LoginAttemptClient1764400000000,
  OneBookedDayPerPatient1764500000000,
  CaseFirstOnAgenda1764600000000,
  ClinicDayCaseOfPatient1764700000000,
  RecommendationTrials1764800000000,
];

export function dataSourceOptions(
  url: string,
  metrics: QueryMetrics = new QueryMetrics(),
): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    migrations: MIGRATIONS,
    migrationsRun: false,
    synchronize: false,
    namingStrategy: new SnakeNamingStrategy(),
    uuidExtension: 'pgcrypto',
    extra: { max: Number(process.env['DB_POOL_SIZE'] ?? 20) },
    logger: metrics,
    maxQueryExecutionTime: SLOW_QUERY_MS,
  };
}
