// A small load driver: `clients` loops take jobs from one queue until it is empty.
import { timeAsync } from './stats.mjs';

export async function runConcurrently(jobs, clients) {
  const queue = [...jobs];
  const latencies = [];
  const failures = [];
  const start = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      for (let job = queue.shift(); job; job = queue.shift()) {
        try {
          latencies.push((await timeAsync(job)).ms);
        } catch (error) {
          failures.push(
            `${error}${error.cause ? ` (${error.cause.code ?? error.cause})` : ''}`.slice(0, 200),
          );
        }
      }
    }),
  );
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  return { latencies, failures, perSecond: (latencies.length / wallMs) * 1000 };
}
