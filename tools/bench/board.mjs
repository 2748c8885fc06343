// The coordinators' board under load, and how many SQL statements one board read costs.
import { gql, laDate, queriesSoFar } from './api.mjs';
import { runConcurrently } from './load.mjs';
import { summarize } from './stats.mjs';

const BOARD =
  'query($s: ID!, $d: String!) { daySchedule(siteId: $s, date: $d) { rows { slots { id status } visits { id } } } }';

export async function benchBoard(base, token, siteId, specialists) {
  const read = (i) => gql(base, BOARD, { s: siteId, d: laDate(3 + (i % 10)) }, token);
  const perRequest = [];
  for (let i = 0; i < 5; i++) {
    const before = await queriesSoFar(base);
    await read(i);
    perRequest.push((await queriesSoFar(base)) - before);
  }
  const run = await runConcurrently(
    Array.from({ length: 400 }, (_, i) => () => read(i)),
    8,
  );
  if (run.failures.length) throw new Error(run.failures[0]);
  return {
    [`api daySchedule, ${specialists} specialists, 8 clients (ms)`]: {
      ...summarize(run.latencies),
      perSecond: Math.round(run.perSecond),
      sqlPerRequest: Math.max(...perRequest),
    },
  };
}
