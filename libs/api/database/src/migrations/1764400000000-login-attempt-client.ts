import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Where a sign-in attempt came from, so one client spraying many emails is slowed down too. */
export class LoginAttemptClient1764400000000 implements MigrationInterface {
  name = 'LoginAttemptClient1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE login_attempt ADD COLUMN client_address text`);
    await q.query(
      `CREATE INDEX login_attempt_client_address_attempted_at_idx ON login_attempt (client_address, attempted_at)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX login_attempt_client_address_attempted_at_idx`);
    await q.query(`ALTER TABLE login_attempt DROP COLUMN client_address`);
  }
}
