// The world network as default data: imported once, after the curated seed, into a graph that does not yet cite
// the world dataset (a later start finds its Source node and skips). WORLD=never keeps a curated-only graph.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Logger } from 'pino';
import type { Database } from '../db/database.ts';
import { ImportRepository } from './import.repository.ts';
import { ImportService } from './import.service.ts';
import { WORLD_SOURCE_ID } from './world-source.ts';

export const worldFile = resolve(import.meta.dirname, '..', '..', 'seed', 'world', 'world-twin-cities.csv');

/** `imports`: the server's one ImportService (server/services.ts); tools and tests may leave it to be built here. */
export async function loadWorld(
  db: Database,
  logger: Logger,
  imports: ImportService = new ImportService(new ImportRepository(db)),
): Promise<void> {
  const present = await db.read('get-sources-by-ids', { ids: [WORLD_SOURCE_ID] });
  if (present.length > 0) return void logger.info('World network already imported: not loaded again');
  logger.info('Importing the world twin-city network (seed/world/world-twin-cities.csv)…');
  const report = await imports.run(readFileSync(worldFile));
  const { rejected: _listed, ambiguous, ...figures } = report;
  logger.info({ ...figures, ambiguous: ambiguous.length }, 'World network imported');
}
