import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export interface ApiConfig {
  /** Null: start the embedded PostgreSQL. */
  databaseUrl: string | null;
  port: number;
  production: boolean;
  jwtSecret: string;
  tokenTtlSeconds: number;
  dataDir: string;
  embeddedDatabasePort: number;
  seedDemo: boolean;
  webDist: string | null;
  /** Labs and biomarkers older than this count as unknown in trial matching. */
  trialDataMaxAgeDays: number;
  /** Express's `trust proxy`: behind a load balancer, the client address comes from X-Forwarded-For. */
  trustProxy: boolean | number | string;
  /** Where to write the emitted schema; only the integration tests set it, so a stale build never rewrites it. */
  schemaFile: string | null;
}

/**
 * Development keeps a generated secret in the data folder so every local api instance shares it;
 * production must be given one.
 */
function jwtSecret(env: NodeJS.ProcessEnv, production: boolean, dataDir: string): string {
  if (env['JWT_SECRET']) return env['JWT_SECRET'];
  if (production) throw new Error('JWT_SECRET must be set in production');
  const file = resolve(dataDir, 'jwt-secret');
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 });
  }
  return readFileSync(file, 'utf8').trim();
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): ApiConfig {
  const production = env['NODE_ENV'] === 'production';
  const dataDir = resolve(env['ONEDAY_DATA_DIR'] ?? '.data');
  const databaseUrl = env['DATABASE_URL'] || null;
  const webDist = resolve(env['WEB_DIST'] ?? 'dist/apps/web');
  return {
    databaseUrl,
    port: Number(env['PORT'] ?? 3000),
    production,
    jwtSecret: jwtSecret(env, production, dataDir),
    tokenTtlSeconds: Number(env['TOKEN_TTL_SECONDS'] ?? 8 * 3600),
    dataDir,
    embeddedDatabasePort: Number(env['EMBEDDED_PG_PORT'] ?? 54329),
    seedDemo: (env['SEED_DEMO'] ?? (databaseUrl ? 'false' : 'true')) === 'true',
    webDist: existsSync(resolve(webDist, 'index.html')) ? webDist : null,
    trialDataMaxAgeDays: Number(env['TRIAL_DATA_MAX_AGE_DAYS'] ?? 180),
    trustProxy: trustProxyOf(env['TRUST_PROXY']),
    schemaFile: null,
  };
}

/** "true", a hop count ("1") or Express's address list ("loopback, 10.0.0.0/8"); off by default. */
function trustProxyOf(value: string | undefined): boolean | number | string {
  if (!value || value === 'false') return false;
  if (value === 'true') return true;
  return /^\d+$/.test(value) ? Number(value) : value;
}
