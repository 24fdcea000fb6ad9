// Makes a database ready to serve: schema applied, curated seed loaded into an empty graph, then the world network
// imported into a graph that does not cite it yet (SEED=never skips both, WORLD=never the latter). Runs in the
// background and retries while the database is unreachable, so the API answers 503 meanwhile, not crashes; its
// progress is what GET /api/ready reports. The world import is one transaction, so a database killed during it
// rolls it back on recovery, and the retry imports it whole.
import type { Logger } from 'pino';
import { loadSeed } from '../seed/load-seed.ts';
import { readSeed } from '../seed/read-seed.ts';
import { applySchema } from '../db/apply-schema.ts';
import type { Database } from '../db/database.ts';
import { isUnavailable } from '../db/database-errors.ts';
import { DatabaseUnavailableError } from '../errors/errors.ts';
import type { ImportService } from '../import/import.service.ts';
import { loadWorld } from '../import/load-world.ts';
import { backfillLooseKeys } from '../search/backfill-loose-keys.ts';
import type { WorldImportState } from '../../core/schemas/ready.schema.ts';

/** Where preparing stands: `seeded` once the schema and the curated graph are in (the server is ready). */
export interface Readiness {
  seeded: boolean;
  /** What is being done while not seeded: applying the schema, loading the seed, or failed (see the log). */
  stage: 'schema' | 'seed' | 'failed' | 'done';
  world: WorldImportState;
}

export interface Preparing {
  done: Promise<void>;
  cancel(): void;
  readiness(): Readiness;
}

export function prepareDatabase(
  db: Database,
  opts: {
    seed: 'auto' | 'never';
    world?: 'auto' | 'never';
    logger: Logger;
    retryMs?: number;
    /** The server's one ImportService (server/services.ts), for the world import. */
    imports?: ImportService;
  },
): Preparing {
  let cancelled = false;
  const seed = opts.seed === 'auto' ? readSeed() : undefined; // validated before anything is written
  const world = seed && (opts.world ?? 'auto') === 'auto';
  const state: Readiness = { seeded: false, stage: 'schema', world: world ? 'importing' : 'skipped' };
  const attempt = async () => {
    if (!state.seeded) {
      await applySchema(db);
      state.stage = 'seed';
      if (seed) {
        const [row] = await db.read<{ count: number }>('count-cities');
        if ((row?.count ?? 0) > 0) {
          opts.logger.info('Graph already has cities: seed not loaded again');
          const keyed = await backfillLooseKeys(db);
          if (keyed) opts.logger.info({ cities: keyed }, 'Loose search keys added to cities written before them');
        } else opts.logger.info(await loadSeed(db, seed), 'Curated seed loaded into the empty graph');
      }
      Object.assign(state, { seeded: true, stage: 'done' });
    }
    // After the curated graph, so its cities answer while the world network (5–15 s) is imported.
    if (world) {
      await loadWorld(db, opts.logger, opts.imports);
      state.world = 'imported';
    }
  };
  const done = (async () => {
    while (!cancelled) {
      try {
        return await attempt();
      } catch (err) {
        if (!(err instanceof DatabaseUnavailableError) && !isUnavailable(err)) throw err;
        opts.logger.warn('Database unreachable; retrying schema and seed shortly');
        await new Promise((res) => setTimeout(res, opts.retryMs ?? 3_000));
      }
    }
  })();
  done.catch((err) => {
    if (state.seeded) state.world = 'failed';
    else state.stage = 'failed';
    opts.logger.error({ err }, 'Preparing the database failed');
  });
  return { done, cancel: () => void (cancelled = true), readiness: () => ({ ...state }) };
}
