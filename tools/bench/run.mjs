// npm run bench: builds the api, measures the optimiser, trial matching, the api and booking
// against pgbench on the same database, prints a table and writes
// bench-results/<timestamp>.json. Figures only; nothing here passes or fails.
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { benchApi, coordinatorToken, gql, startProduct } from './api.mjs';
import { benchBoard } from './board.mjs';
import { benchBooking } from './booking.mjs';
import { growCenter } from './center.mjs';
import { benchOptimiser } from './optimiser.mjs';
import { benchTrials } from './trials.mjs';

execSync('npx nx run-many -t build -p api --outputStyle=static', {
  stdio: 'inherit',
  env: { ...process.env, NX_DAEMON: 'false' },
});
const domain = await import('../../dist/out-tsc/libs/domain/src/index.js');

const results = { ...benchOptimiser(domain), ...benchTrials(domain) };
const product = await startProduct();
try {
  Object.assign(results, await benchApi(product.base));
  const token = await coordinatorToken(product.base);
  const { sites } = await gql(product.base, '{ sites { id } }', {}, token);
  const specialists = await growCenter(product.base, token, product.databaseUrl);
  Object.assign(results, await benchBoard(product.base, token, sites[0].id, specialists));
  Object.assign(results, await benchBooking(product, token, sites[0].id));
} finally {
  await product.stop();
}

console.log(`\nOneDay benchmarks — node ${process.version}, ${cpus().length} cores\n`);
console.table(results);
mkdirSync('bench-results', { recursive: true });
const file = `bench-results/${new Date().toISOString().replace(/[:.]/g, '-')}.json`;
writeFileSync(
  file,
  JSON.stringify(
    { at: new Date().toISOString(), node: process.version, cores: cpus().length, results },
    null,
    2,
  ),
);
console.log(`written to ${file}`);
