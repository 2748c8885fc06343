import type { ChildProcess } from 'node:child_process';

export default async function globalTeardown(): Promise<void> {
  const product = (globalThis as { onedayProduct?: ChildProcess }).onedayProduct;
  if (!product || product.exitCode !== null) return;
  const exited = new Promise((resolve) => product.once('exit', resolve));
  // SIGTERM lets the product stop its embedded PostgreSQL cleanly.
  product.kill('SIGTERM');
  const timeout = setTimeout(() => product.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timeout);
  product.stdout?.destroy();
  product.stderr?.destroy();
}
