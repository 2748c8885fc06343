import type { DataSource } from 'typeorm';

// Any fixed number; every OneDay api instance takes the same lock.
const MIGRATION_LOCK = 74_020_611;

/**
 * Runs pending migrations, then `andThen` (the demo seed), while holding a PostgreSQL advisory
 * lock, so several api instances starting together against one database take turns.
 */
export async function migrateUnderLock(
  dataSource: DataSource,
  andThen?: () => Promise<void>,
): Promise<void> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await dataSource.runMigrations({ transaction: 'all' });
    await andThen?.();
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await runner.release();
  }
}
