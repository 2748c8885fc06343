import { DEFAULT_PROGRAM_TEMPLATES } from '@oneday/domain';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Editable same-day pathways, seeded with the center's defaults; a clinic day's lunch break. */
export class ProgramTemplates1764100000000 implements MigrationInterface {
  name = 'ProgramTemplates1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE program_template (
        program text NOT NULL,
        name text NOT NULL,
        steps jsonb NOT NULL,
        changeover_minutes integer NOT NULL,
        max_wait_minutes integer NOT NULL,
        lunch jsonb,
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by_id uuid,
        CONSTRAINT program_template_pkey PRIMARY KEY (program),
        CONSTRAINT program_template_program_check CHECK (program IN ('BREAST','PROSTATE','HEAD_AND_NECK')),
        CONSTRAINT program_template_updated_by_id_fkey FOREIGN KEY (updated_by_id) REFERENCES app_user (id)
      )`);
    for (const t of DEFAULT_PROGRAM_TEMPLATES) {
      await q.query(
        `INSERT INTO program_template (program, name, steps, changeover_minutes, max_wait_minutes, lunch)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [
          t.program,
          t.name,
          JSON.stringify(t.steps),
          t.changeoverMinutes,
          t.maxWaitMinutes,
          JSON.stringify(t.lunch),
        ],
      );
    }
    await q.query(
      `ALTER TABLE clinic_day ADD COLUMN lunch_starts_at timestamptz, ADD COLUMN lunch_ends_at timestamptz`,
    );
    await q.query(`CREATE INDEX visit_starts_at_idx ON visit (starts_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX visit_starts_at_idx`);
    await q.query(`ALTER TABLE clinic_day DROP COLUMN lunch_starts_at, DROP COLUMN lunch_ends_at`);
    await q.query(`DROP TABLE program_template`);
  }
}
