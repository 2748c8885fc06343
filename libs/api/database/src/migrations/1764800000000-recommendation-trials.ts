import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The trials a recommendation names, one row each with a foreign key: the database keeps them
 * in the registry, so the conference feature need not read the trials feature's table.
 */
export class RecommendationTrials1764800000000 implements MigrationInterface {
  name = 'RecommendationTrials1764800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE recommendation_trial (
        recommendation_id uuid NOT NULL,
        trial_id uuid NOT NULL,
        CONSTRAINT recommendation_trial_pkey PRIMARY KEY (recommendation_id, trial_id),
        CONSTRAINT recommendation_trial_recommendation_id_fkey FOREIGN KEY (recommendation_id) REFERENCES recommendation (id),
        CONSTRAINT recommendation_trial_trial_id_fkey FOREIGN KEY (trial_id) REFERENCES trial (id)
      )`,
    );
    await q.query(
      `CREATE INDEX recommendation_trial_trial_id_idx ON recommendation_trial (trial_id)`,
    );
    await q.query(
      `INSERT INTO recommendation_trial (recommendation_id, trial_id)
       SELECT DISTINCT r.id, t.trial_id FROM recommendation r, unnest(r.trial_ids) AS t(trial_id)
        WHERE EXISTS (SELECT 1 FROM trial WHERE trial.id = t.trial_id)`,
    );
    await q.query(`ALTER TABLE recommendation DROP COLUMN trial_ids`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE recommendation ADD COLUMN trial_ids uuid[] NOT NULL DEFAULT '{}'`);
    await q.query(
      `UPDATE recommendation r SET trial_ids = t.ids
         FROM (SELECT recommendation_id, array_agg(trial_id) AS ids FROM recommendation_trial GROUP BY recommendation_id) t
        WHERE t.recommendation_id = r.id`,
    );
    await q.query(`DROP TABLE recommendation_trial`);
  }
}
