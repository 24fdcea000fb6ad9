// GET /api/ready, readiness: 503 until the schema and the curated seed are in (and while the database is down),
// then 200 — `world: 'importing'` while the world network is still being added. Load balancers and the explorer's
// "loading the graph…" screen wait on it; /api/health stays the liveness probe.
import { Router } from 'express';
import type { Database } from '../db/database.ts';
import type { Readiness } from '../startup/prepare-database.ts';
import { AppError } from '../errors/errors.ts';
import type { Ready } from '../../core/schemas/ready.schema.ts';

/** An app that prepares nothing itself (tests, tools) is ready at once. */
const alreadyPrepared = (): Readiness => ({ seeded: true, stage: 'done', world: 'skipped' });

export class NotReadyError extends AppError {
  constructor(stage: Readiness['stage']) {
    super(
      'not_ready',
      stage === 'failed'
        ? 'Preparing the graph failed; see the server log'
        : 'The graph is still being loaded; try again shortly',
      { stage },
      { retryAfterSeconds: 1 },
    );
  }
}

export function readyRoutes(db: Database, readiness: () => Readiness = alreadyPrepared): Router {
  const router = Router();
  router.get('/ready', (_req, res) => {
    res.set('Cache-Control', 'no-store');
    db.breaker.check();
    const state = readiness();
    if (!state.seeded) throw new NotReadyError(state.stage);
    res.json({ status: 'ready', world: state.world } satisfies Ready);
  });
  return router;
}
