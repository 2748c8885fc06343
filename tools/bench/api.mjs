// The api as users meet it: the built product on an embedded PostgreSQL of its own.
import getPort from 'get-port';
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { summarize, timeAsync } from './stats.mjs';

export async function startProduct() {
  const port = await getPort();
  const databasePort = await getPort();
  const product = spawn(
    process.execPath,
    [
      ...(process.env.BENCH_API_NODE_ARGS ?? '').split(' ').filter(Boolean),
      'dist/out-tsc/apps/api/src/main.js',
    ],
    {
      env: {
        ...process.env,
        PORT: String(port),
        ONEDAY_DATA_DIR: mkdtempSync(join(tmpdir(), 'oneday-bench-')),
        EMBEDDED_PG_PORT: String(databasePort),
        DATABASE_URL: '',
        SEED_DEMO: 'true',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 360; i++) {
    try {
      if ((await fetch(`${base}/ready`)).ok) break;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    base,
    // The embedded server's fixed credentials (libs/api/database/src/embedded-database.ts).
    databaseUrl: `postgres://oneday:oneday@localhost:${databasePort}/oneday?host=/tmp`,
    stop: () =>
      new Promise((resolve) => {
        product.once('exit', resolve);
        product.kill('SIGTERM');
      }),
  };
}

export async function gql(base, query, variables, token) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** Statements the api has sent to PostgreSQL so far, from its /metrics. */
export async function queriesSoFar(base) {
  const text = await (await fetch(`${base}/metrics`)).text();
  return Number(/^oneday_db_queries_total (\d+)$/m.exec(text)[1]);
}

export function laDate(daysAhead) {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Los_Angeles' }).format(
    new Date(),
  );
  const d = new Date(`${today}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + daysAhead);
  while (d.getUTCDay() === 0 || d.getUTCDay() === 6) d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

export async function coordinatorToken(base) {
  const { login } = await gql(
    base,
    'mutation { login(input: { email: "coordinator@oneday.test", password: "OneDay-demo-2026" }) { token } }',
  );
  return login.token;
}

export async function benchApi(base) {
  const token = await coordinatorToken(base);
  const { sites, patients } = await gql(base, '{ sites { id } patients { id } }', {}, token);
  const siteId = sites[0].id;
  const OPTIONS =
    'query($input: ClinicDayOptionsInput!) { clinicDayOptions(input: $input) { feasible days { date options { rank } } } }';
  const day = [];
  const range = [];
  for (let i = 0; i < 30; i++) {
    const patientId = patients[i % patients.length].id;
    day.push(
      (
        await timeAsync(() =>
          gql(
            base,
            OPTIONS,
            { input: { patientId, program: 'BREAST', siteId, date: laDate(7 + (i % 10)) } },
            token,
          ),
        )
      ).ms,
    );
    range.push(
      (
        await timeAsync(() =>
          gql(
            base,
            OPTIONS,
            {
              input: {
                patientId,
                program: 'HEAD_AND_NECK',
                siteId,
                from: laDate(1),
                to: laDate(15),
              },
            },
            token,
          ),
        )
      ).ms,
    );
  }
  return {
    'api clinicDayOptions, one date (ms)': summarize(day),
    'api clinicDayOptions, earliest 3 days in 14 (ms)': summarize(range),
  };
}
