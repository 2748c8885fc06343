import type { EmbeddedDatabase } from '../../../libs/api/database/src/embedded-database.ts';

export default async function globalTeardown(): Promise<void> {
  await (globalThis as { onedayTestDatabase?: EmbeddedDatabase }).onedayTestDatabase?.stop();
}
