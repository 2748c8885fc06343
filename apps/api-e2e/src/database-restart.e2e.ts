import { startApiProcess, type ApiProcess } from './support/api-process.js';
import { demoCenter } from './support/booking-clients.js';
import { startTestDatabase, type TestDatabase } from './support/database.js';

const PATIENTS = '{ patients { id } }';

async function until<T>(probe: () => Promise<T | null>, seconds: number): Promise<T> {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    const found = await probe();
    if (found !== null) return found;
    if (Date.now() > deadline) throw new Error(`not within ${seconds} s`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe('PostgreSQL restarts while the api runs', () => {
  let db: TestDatabase;
  let api: ApiProcess;

  beforeAll(async () => {
    db = await startTestDatabase();
    api = await startApiProcess(db.url);
  });
  afterAll(async () => {
    await api?.stop();
    await db?.stop();
  });

  it('answers a clear error during the outage, reports it on /ready, and recovers by itself', async () => {
    const token = await api.login('coordinator@oneday.test');
    expect((await api.gql(PATIENTS, {}, token)).errors).toBeUndefined();

    await db.stop();
    const ready = await fetch(`${api.base}/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ status: 'unavailable', database: 'unreachable' });
    const during = await api.gql(PATIENTS, {}, token);
    expect(during.errors?.[0]).toEqual({
      message: 'The database is unavailable; please try again in a moment.',
      extensions: { code: 'SERVICE_UNAVAILABLE' },
      path: ['patients'],
    });
    // Liveness is not readiness: the process itself is fine.
    expect((await fetch(`${api.base}/health`)).status).toBe(200);

    await db.start();
    await until(async () => ((await fetch(`${api.base}/ready`)).ok ? true : null), 30);
    const after = await api.gql<{ patients: { id: string }[] }>(PATIENTS, {}, token);
    expect(after.errors).toBeUndefined();
    expect(after.data?.patients.length).toBeGreaterThan(0);
    // Writes work again too, and the process was never restarted.
    const { siteId } = await demoCenter(api, token);
    const board = await api.gql(
      'query($s: ID!, $d: String!) { daySchedule(siteId: $s, date: $d) { rows { specialistId } } }',
      { s: siteId, d: '2030-01-07' },
      token,
    );
    expect(board.errors).toBeUndefined();
    expect(api.process.exitCode).toBeNull();
    expect(api.output()).not.toMatch(/Unhandled|uncaught/i);
  });
});
