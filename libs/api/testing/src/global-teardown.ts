// Jest loads global teardown outside its module mapper, so the library is imported by path.
// eslint-disable-next-line @nx/enforce-module-boundaries -- see above
import type { EmbeddedDatabase } from '../../database/src/embedded-database.ts';

export default async function globalTeardown(): Promise<void> {
  await (globalThis as { onedayTestDatabase?: EmbeddedDatabase }).onedayTestDatabase?.stop();
}
