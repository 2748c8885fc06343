import getPort from 'get-port';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

async function waitForReady(base: string, product: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (product.exitCode !== null) throw new Error(`product exited early:\n${log()}`);
    try {
      if ((await fetch(`${base}/ready`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`product not ready in 90 s:\n${log()}`);
}

/**
 * Starts the product the way `npm start` does on a fresh machine: built api and web on one port,
 * embedded PostgreSQL in a new data folder, migrated and seeded with the demo center.
 */
export default async function globalSetup(): Promise<void> {
  const port = await getPort();
  let output = '';
  const product = spawn(process.execPath, ['dist/out-tsc/apps/api/src/main.js'], {
    env: {
      ...process.env,
      PORT: String(port),
      ONEDAY_DATA_DIR: mkdtempSync(join(tmpdir(), 'oneday-e2e-')),
      EMBEDDED_PG_PORT: String(await getPort()),
      DATABASE_URL: '',
      SEED_DEMO: 'true',
      WEB_DIST: 'dist/apps/web',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  product.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  product.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const base = `http://127.0.0.1:${port}`;
  await waitForReady(base, product, () => output);
  process.env['ONEDAY_E2E_BASE'] = base;
  (globalThis as { onedayProduct?: ChildProcess }).onedayProduct = product;
}
