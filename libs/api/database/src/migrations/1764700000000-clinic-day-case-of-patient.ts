import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A clinic day's case is that patient's case: the database checks it, so booking needs no read
 * of the cases feature's table.
 */
export class ClinicDayCaseOfPatient1764700000000 implements MigrationInterface {
  name = 'ClinicDayCaseOfPatient1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE cancer_case ADD CONSTRAINT cancer_case_id_patient_id_key UNIQUE (id, patient_id)`,
    );
    await q.query(
      `ALTER TABLE clinic_day ADD CONSTRAINT clinic_day_case_of_patient_fkey
         FOREIGN KEY (case_id, patient_id) REFERENCES cancer_case (id, patient_id)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE clinic_day DROP CONSTRAINT clinic_day_case_of_patient_fkey`);
    await q.query(`ALTER TABLE cancer_case DROP CONSTRAINT cancer_case_id_patient_id_key`);
  }
}
