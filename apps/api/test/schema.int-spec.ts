import { MIGRATIONS } from '@oneday/api-database';
import { DEMO_SITE_ID, demoId } from '../src/seed/demo-ids.js';
import { seedDemoCenter } from '../src/seed/seed-demo-center.js';
import { startTestApi, type TestApi } from './test-api.js';

describe('database schema', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it('has entities that agree with the migrations (no schema diff)', async () => {
    const pending = await api.dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  describe('visits', () => {
    const patientA = demoId(4, 11);
    const patientB = demoId(4, 12);
    const surgeon = demoId(3, 2);
    const room = demoId(2, 1);

    async function clinicDayFor(patientId: string, day = '2030-01-07'): Promise<string> {
      const [row] = await api.dataSource.query(
        `INSERT INTO clinic_day (patient_id, site_id, program, day, booked_by_id)
         VALUES ($1, $2, 'BREAST', $4, $3) RETURNING id`,
        [patientId, DEMO_SITE_ID, demoId(6, 1), day],
      );
      return row.id;
    }

    const insertVisit = (
      clinicDayId: string,
      patientId: string,
      specialistId: string,
      start: string,
      end: string,
    ) =>
      api.dataSource.query(
        `INSERT INTO visit (clinic_day_id, patient_id, step, specialty, specialist_id, room_id, starts_at, ends_at)
         VALUES ($1, $2, 'BREAST_SURGEON', 'BREAST_SURGEON', $3, $4, $5, $6)`,
        [clinicDayId, patientId, specialistId, room, start, end],
      );

    it('never puts a specialist in two booked visits at once', async () => {
      const dayA = await clinicDayFor(patientA);
      const dayB = await clinicDayFor(patientB);
      await insertVisit(dayA, patientA, surgeon, '2030-01-07T17:00Z', '2030-01-07T17:45Z');
      await expect(
        insertVisit(dayB, patientB, surgeon, '2030-01-07T17:30Z', '2030-01-07T18:15Z'),
      ).rejects.toMatchObject({ constraint: 'visit_specialist_no_overlap' });
      // Back to back is fine: ranges are half-open.
      await insertVisit(dayB, patientB, surgeon, '2030-01-07T17:45Z', '2030-01-07T18:30Z');
    });

    it('never puts a patient in two booked visits at once, but frees a cancelled one', async () => {
      const day = await clinicDayFor(patientA, '2030-01-08');
      await insertVisit(day, patientA, demoId(3, 5), '2030-01-08T17:00Z', '2030-01-08T17:45Z');
      await expect(
        insertVisit(day, patientA, demoId(3, 6), '2030-01-08T17:15Z', '2030-01-08T17:30Z'),
      ).rejects.toMatchObject({ constraint: 'visit_patient_no_overlap' });
      await api.dataSource.query(
        `UPDATE visit SET status = 'CANCELLED' WHERE patient_id = $1 AND starts_at = '2030-01-08T17:00Z'`,
        [patientA],
      );
      await insertVisit(day, patientA, demoId(3, 6), '2030-01-08T17:15Z', '2030-01-08T17:30Z');
    });
  });

  describe('audit events', () => {
    it('can be added but never changed or removed', async () => {
      await api.dataSource.query(
        `INSERT INTO audit_event (action, entity, outcome) VALUES ('TEST', 'Nothing', 'ALLOWED')`,
      );
      await expect(
        api.dataSource.query(`UPDATE audit_event SET action = 'EDITED'`),
      ).rejects.toThrow(/append-only/);
      await expect(api.dataSource.query(`DELETE FROM audit_event`)).rejects.toThrow(/append-only/);
      await expect(api.dataSource.query(`TRUNCATE audit_event`)).rejects.toThrow(/append-only/);
      const [{ n }] = await api.dataSource.query(
        `SELECT count(*)::int AS n FROM audit_event WHERE action = 'TEST'`,
      );
      expect(n).toBe(1);
    });
  });

  it('seeds idempotently', async () => {
    const count = async () =>
      (
        await api.dataSource.query(
          `SELECT (SELECT count(*) FROM slot)::int AS slots, (SELECT count(*) FROM patient)::int AS patients, (SELECT count(*) FROM visit)::int AS visits`,
        )
      )[0];
    const before = await count();
    await seedDemoCenter(api.dataSource, new Date(), ['apps/api/src/seed/data/NCT03377387.json']);
    expect(await count()).toEqual(before);
    expect(before.patients).toBe(12);
    expect(before.slots).toBeGreaterThan(2000);
  });
});

describe('migrations', () => {
  // A database of its own: rolling back empties it, whatever else runs in this file.
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ seed: false });
  });
  afterAll(() => api.close());

  it('roll every migration back and forward again', async () => {
    expect(await api.dataSource.showMigrations()).toBe(false);
    for (let i = 0; i < MIGRATIONS.length; i++) await api.dataSource.undoLastMigration();
    const tables = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations'`,
    );
    expect(tables[0].n).toBe(0);
    await api.dataSource.runMigrations();
    expect(await api.dataSource.showMigrations()).toBe(false);
  });
});
