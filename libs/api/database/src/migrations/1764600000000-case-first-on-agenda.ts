import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A case remembers when it first went on a conference agenda, so the cases feature answers
 * "has the board had it" from its own table instead of reading the conference's.
 */
export class CaseFirstOnAgenda1764600000000 implements MigrationInterface {
  name = 'CaseFirstOnAgenda1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE cancer_case ADD COLUMN first_on_agenda_at timestamptz`);
    await q.query(
      `UPDATE cancer_case c SET first_on_agenda_at = a.first
         FROM (SELECT a.case_id, min(k.starts_at) AS first
                 FROM agenda_item a JOIN conference k ON k.id = a.conference_id
                GROUP BY a.case_id) a
        WHERE a.case_id = c.id`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE cancer_case DROP COLUMN first_on_agenda_at`);
  }
}
