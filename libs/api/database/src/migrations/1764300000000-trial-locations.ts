import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Where a trial runs, as ClinicalTrials.gov lists it. */
export class TrialLocations1764300000000 implements MigrationInterface {
  name = 'TrialLocations1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE trial ADD COLUMN locations text[] NOT NULL DEFAULT '{}'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE trial DROP COLUMN locations`);
  }
}
