// npm run bench: builds the api, measures the optimiser and the api, prints a table and writes
// bench-results/<timestamp>.json. Figures only; nothing here passes or fails.
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { benchApi, startProduct } from './api.mjs';
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
