import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The case a conference is presenting now, so every screen in the meeting shows the same one. */
export class ConferenceCurrentCase1764200000000 implements MigrationInterface {
  name = 'ConferenceCurrentCase1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE conference ADD COLUMN current_agenda_item_id uuid`);
    await q.query(
      `ALTER TABLE conference ADD CONSTRAINT conference_current_agenda_item_id_fkey FOREIGN KEY (current_agenda_item_id) REFERENCES agenda_item (id)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE conference DROP COLUMN current_agenda_item_id`);
  }
}
