import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '@oneday/api-database';
import { resolve } from 'node:path';
import { type DataSource } from 'typeorm';
import { readConfig } from './config.js';
import { createApi } from './create-api.js';
import { DEMO_LOGINS, DEMO_PASSWORD } from './seed/demo-ids.js';
import { seedDemoCenter } from './seed/seed-demo-center.js';

const logger = new Logger('OneDay');
// Paths are relative to the repository root, where `npm start` runs.
const seedData = resolve('apps/api/src/seed/data');

async function main() {
  const config = readConfig();
  let embedded: EmbeddedDatabase | null = null;
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    logger.log(
      `No DATABASE_URL: starting embedded PostgreSQL on port ${config.embeddedDatabasePort}`,
    );
    embedded = await startEmbeddedDatabase({
      dataDir: resolve(config.dataDir, 'pg'),
      port: config.embeddedDatabasePort,
      databases: ['oneday'],
    });
    databaseUrl = embedded.url;
  }
  const seed = async (dataSource: DataSource) => {
    await seedDemoCenter(dataSource, new Date(), [
      resolve(seedData, 'NCT02513394.json'),
      resolve(seedData, 'NCT03377387.json'),
    ]);
    logger.log('Demo center seeded');
  };
  const app = await createApi(
    { ...config, databaseUrl },
    { afterMigrations: config.seedDemo ? seed : undefined },
  );
  const stopEmbedded = async () => {
    await embedded?.stop();
  };
  process.once(
    'SIGINT',
    () =>
      void app
        .close()
        .then(stopEmbedded)
        .then(() => process.exit(0)),
  );
  process.once(
    'SIGTERM',
    () =>
      void app
        .close()
        .then(stopEmbedded)
        .then(() => process.exit(0)),
  );
  await app.listen(config.port);
  logger.log(`OneDay is running at http://localhost:${config.port}`);
  if (config.seedDemo) {
    logger.log(`Demo logins (password ${DEMO_PASSWORD}):`);
    for (const login of DEMO_LOGINS) logger.log(`  ${login.role.padEnd(11)} ${login.email}`);
  }
}

main().catch((error: unknown) => {
  logger.error(error);
  process.exit(1);
});
