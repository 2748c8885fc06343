import getPort from 'get-port';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface GraphQLResult<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; field?: string } }[];
}

export interface ApiProcess {
  base: string;
  process: ChildProcess;
  gql<T>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GraphQLResult<T>>;
  login(email: string): Promise<string>;
  output(): string;
  /** SIGTERM and wait; SIGKILL after 10 s. */
  stop(): Promise<void>;
}

export const DEMO_PASSWORD = 'OneDay-demo-2026';
// Both instances must honour each other's tokens, as behind a load balancer.
const JWT_SECRET = 'api-e2e-shared-secret-of-two-instances';

/** The built api (what `npm start` runs) as a process of its own, on an external database. */
export async function startApiProcess(databaseUrl: string): Promise<ApiProcess> {
  const port = await getPort();
  let log = '';
  const child = spawn(process.execPath, ['dist/out-tsc/apps/api/src/main.js'], {
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      SEED_DEMO: 'true',
      JWT_SECRET,
      ONEDAY_DATA_DIR: mkdtempSync(join(tmpdir(), 'oneday-api-e2e-data-')),
      WEB_DIST: '/nonexistent',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`api exited early:\n${log}`);
    if (Date.now() > deadline) throw new Error(`api not ready in 90 s:\n${log}`);
    const ready = await fetch(`${base}/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  const gql: ApiProcess['gql'] = async (query, variables = {}, token) => {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as never;
  };
  return {
    base,
    process: child,
    gql,
    async login(email) {
      const result = await gql<{ login: { token: string } }>(
        'mutation($input: LoginInput!) { login(input: $input) { token } }',
        { input: { email, password: DEMO_PASSWORD } },
      );
      if (!result.data) throw new Error(`login failed: ${JSON.stringify(result.errors)}`);
      return result.data.login.token;
    },
    output: () => log,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const timeout = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timeout);
    },
  };
}
