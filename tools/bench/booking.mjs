// Booking against the database's own ceiling: pgbench runs the booking's SQL transaction, then
// the GraphQL bookClinicDay mutation runs at the same concurrency on days that do not conflict.
import { execFile, execSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { gql, laDate, queriesSoFar } from './api.mjs';
import { runConcurrently } from './load.mjs';
import { summarize } from './stats.mjs';

const CLIENTS = [8, 16];
const PGBENCH_TRANSACTIONS = 3200;
const BOOKINGS_PER_RUN = 160;

function ensurePgbench() {
  try {
    execSync('pgbench --version', { stdio: 'ignore' });
  } catch {
    if (process.getuid?.() !== 0)
      throw new Error('pgbench is missing: apt-get install postgresql-client');
    execSync(
      'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-client',
      {
        stdio: 'inherit',
      },
    );
  }
}

/** 8 specialists with one slot each on every far-future day pgbench will book. */
async function pgbenchFixture(databaseUrl, days) {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const { rows } = await db.query(`SELECT
        (SELECT id FROM site LIMIT 1) AS site,
        (SELECT id FROM app_user WHERE email = 'coordinator@oneday.test') AS actor`);
    const { site, actor } = rows[0];
    // Ids the script can compute from the run number, so it reads patients by id as the api does.
    await db.query(
      `INSERT INTO patient (id, mrn, given_name, family_name, birth_date, sex)
       SELECT ('00000000-0000-4000-9000-' || lpad(n::text, 12, '0'))::uuid, 'PGBENCH-' || n,
              'Bench', 'Patient ' || n, '1970-01-01', 'FEMALE'
         FROM generate_series(0, 63) n`,
    );
    await db.query('CREATE SEQUENCE bench_day');
    await db.query(
      `INSERT INTO slot (specialist_id, site_id, room_id, starts_at, ends_at)
       SELECT sp.id, sp.site_id, sp.default_room_id,
              (DATE '2200-01-01' + d)::timestamp AT TIME ZONE 'UTC' + (8 * 60 + 45 * i) * interval '1 minute',
              (DATE '2200-01-01' + d)::timestamp AT TIME ZONE 'UTC' + (8 * 60 + 45 * i + 40) * interval '1 minute'
         FROM (SELECT id, site_id, default_room_id, row_number() OVER (ORDER BY name) - 1 AS i
                 FROM specialist WHERE default_room_id IS NOT NULL AND 'BREAST' = ANY(programs)
                ORDER BY name LIMIT 8) sp,
              generate_series(1, $1) d`,
      [days],
    );
    return { site, actor };
  } finally {
    await db.end();
  }
}

// Asynchronous: a blocked event loop would leave the api client's idle sockets to go stale.
async function pgbench(databaseUrl, vars, clients) {
  const logDir = mkdtempSync(join(tmpdir(), 'oneday-pgbench-'));
  const url = new URL(databaseUrl);
  const { stdout: output } = await promisify(execFile)(
    'pgbench',
    [
      '-n',
      '-c',
      String(clients),
      '-j',
      '2',
      '-t',
      String(PGBENCH_TRANSACTIONS / clients),
      '-f',
      'tools/bench/booking.pgbench.sql',
      '-l',
      `--log-prefix=${join(logDir, 'tx')}`,
      ...Object.entries(vars).flatMap(([k, v]) => ['-D', `${k}=${v}`]),
      '-h',
      url.searchParams.get('host') ?? url.hostname,
      '-p',
      url.port,
      '-U',
      url.username,
      url.pathname.slice(1),
    ],
    { env: { ...process.env, PGPASSWORD: url.password }, encoding: 'utf8' },
  );
  const tps = Number(/tps = ([\d.]+)/.exec(output)[1]);
  const failed = Number(/number of failed transactions: (\d+)/.exec(output)?.[1] ?? 0);
  // Per-transaction log lines: client id, tx no, latency in microseconds, ...
  const latencies = readdirSync(logDir).flatMap((file) =>
    readFileSync(join(logDir, file), 'utf8')
      .trim()
      .split('\n')
      .map((line) => Number(line.split(' ')[2]) / 1000),
  );
  return { tps, failed, latencies };
}

const OPTIONS = `query($input: ClinicDayOptionsInput!) { clinicDayOptions(input: $input) {
  days { options { lunch { startsAt } visits { stepKey slotId startsAt } } } } }`;
const BOOK = 'mutation($input: BookClinicDayInput!) { bookClinicDay(input: $input) { id } }';
const PROGRAMS = ['BREAST', 'PROSTATE', 'HEAD_AND_NECK'];

/**
 * Bookings that cannot collide: booked one after another (so each saw the others), then
 * cancelled, so the measured runs can book exactly these days again all at once. Prepared
 * before the clock starts, so only booking is measured.
 */
export async function prepareBookings(base, token, siteId, patientIds, wanted) {
  const prepared = [];
  for (let d = 1; d <= 27 && prepared.length < wanted; d++) {
    const date = laDate(d);
    for (const [n, patientId] of patientIds.entries()) {
      if (prepared.length >= wanted) break;
      const input = { patientId, program: PROGRAMS[n % 3], siteId, date };
      const { clinicDayOptions } = await gql(base, OPTIONS, { input }, token);
      const option = clinicDayOptions.days[0]?.options[0];
      if (!option) continue;
      const chosen = {
        ...input,
        lunchStartsAt: option.lunch?.startsAt ?? null,
        visits: option.visits,
      };
      const booked = await gql(
        base,
        BOOK,
        { input: { ...chosen, idempotencyKey: `bench-prepare-${date}-${n}` } },
        token,
      ).catch(() => null);
      if (booked) prepared.push({ chosen, id: booked.bookClinicDay.id });
    }
  }
  for (const { id } of prepared)
    await gql(
      base,
      'mutation($id: ID!) { cancelClinicDay(id: $id, reason: "benchmark") { id } }',
      { id },
      token,
    );
  return prepared.map(({ chosen }, n) => ({ ...chosen, idempotencyKey: `bench-run-${n}` }));
}

export async function registerPatients(base, token, count) {
  const ids = [];
  for (let i = 0; i < count; i++) {
    const { registerPatient } = await gql(
      base,
      'mutation($input: RegisterPatientInput!) { registerPatient(input: $input) { id } }',
      {
        input: {
          mrn: `BENCH-${i}`,
          givenName: 'Bench',
          familyName: `Patient ${i}`,
          birthDate: '1965-05-05',
          sex: i % 2 ? 'MALE' : 'FEMALE',
        },
      },
      token,
    );
    ids.push(registerPatient.id);
  }
  return ids;
}

export async function benchBooking(product, token, siteId) {
  ensurePgbench();
  const vars = await pgbenchFixture(
    product.databaseUrl,
    PGBENCH_TRANSACTIONS * CLIENTS.length + 10,
  );
  const { patients } = await gql(product.base, '{ patients { id } }', {}, token);
  const patientIds = [
    ...patients.map((p) => p.id),
    ...(await registerPatients(product.base, token, 30)),
  ];
  const prepared = await prepareBookings(
    product.base,
    token,
    siteId,
    patientIds,
    BOOKINGS_PER_RUN * CLIENTS.length,
  );
  const results = {};
  for (const [run, clients] of CLIENTS.entries()) {
    const database = await pgbench(product.databaseUrl, vars, clients);
    const batch = prepared.slice(run * BOOKINGS_PER_RUN, (run + 1) * BOOKINGS_PER_RUN);
    const queriesBefore = await queriesSoFar(product.base);
    const api = await runConcurrently(
      batch.map((input) => () => gql(product.base, BOOK, { input }, token)),
      clients,
    );
    const sqlPerRequest = ((await queriesSoFar(product.base)) - queriesBefore) / batch.length;
    results[`booking: pgbench SQL transaction, ${clients} clients (ms)`] = {
      ...summarize(database.latencies),
      perSecond: Math.round(database.tps),
      failed: database.failed,
    };
    results[`booking: GraphQL bookClinicDay, ${clients} clients (ms)`] = {
      ...summarize(api.latencies),
      perSecond: Math.round(api.perSecond),
      failed: api.failures.length,
      firstFailure: api.failures[0],
      sqlPerRequest: Math.round(sqlPerRequest * 10) / 10,
      ratio: Math.round((api.perSecond / database.tps) * 100) / 100,
    };
  }
  return results;
}
