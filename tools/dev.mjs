// npm run dev: the api rebuilt and restarted on every change, and Vite's dev server for the web.
// tsc --watch emits dist/out-tsc, tsc-alias --watch rewrites its @oneday/* paths, and node --watch
// restarts the built api when a file it loaded changes. With no DATABASE_URL the api starts its
// embedded PostgreSQL as `npm start` does (stopped and started again with each restart).
// Stop it with Ctrl+C (or SIGTERM): every process is stopped, the api and its database cleanly.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

const bin = (name) => `node_modules/.bin/${name}`;
const children = new Set();
let stopping = false;

/** Starts a process in its own group, so a terminal's Ctrl+C reaches it only through us, once. */
function start(tag, command, args, onLine = () => undefined) {
  if (stopping) return;
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  children.add(child);
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => {
      console.log(`[${tag}] ${line}`);
      onLine(line);
    });
  }
  child.on('exit', (code, signal) => {
    children.delete(child);
    if (!stopping) {
      console.log(`[${tag}] exited (${signal ?? code}); stopping the rest`);
      process.exitCode = 1;
      stop('SIGTERM');
    } else if (children.size === 0) process.exit();
  });
}

function stop(signal) {
  if (stopping) return;
  stopping = true;
  if (children.size === 0) process.exit();
  for (const child of children) child.kill(signal);
}
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));

const once = (test, then) => {
  let done = false;
  return (line) => {
    if (!done && test(line)) {
      done = true;
      then();
    }
  };
};

// The api starts once the first compile is written and its paths rewritten.
start(
  'tsc',
  bin('tsc'),
  ['-p', 'apps/api/tsconfig.app.json', '--watch', '--preserveWatchOutput'],
  once(
    (line) => /Watching for file changes/.test(line),
    () =>
      start(
        'alias',
        bin('tsc-alias'),
        ['-p', 'apps/api/tsconfig.alias.json', '--watch'],
        once(
          (line) => /Watching for file changes/.test(line),
          () => start('api', process.execPath, ['--watch', 'dist/out-tsc/apps/api/src/main.js']),
        ),
      ),
  ),
);
start('web', bin('vite'), ['--config', 'apps/web/vite.config.ts']);
