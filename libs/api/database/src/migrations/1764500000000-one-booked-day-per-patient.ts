import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A patient has at most one booked clinic day per date: the database says so, not only the api. */
export class OneBookedDayPerPatient1764500000000 implements MigrationInterface {
  name = 'OneBookedDayPerPatient1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE UNIQUE INDEX clinic_day_one_booked_day_per_patient ON clinic_day (patient_id, day) WHERE status = 'BOOKED'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX clinic_day_one_booked_day_per_patient`);
  }
}
