// GET /api/health, liveness: the process answers. 200 with the database version while Neo4j answers; 503 with the
// reason while it does not (the breaker is open: the supervised JVM is restarting, or the watchdog's pings miss).
// The driver reconnects by itself, so health recovers without a restart of this process. Its own round trip to the
// database is waited for only briefly when the watchdog's last ping answered a moment ago (Database.liveness): a
// database busy with a cold start's queries is alive, and health stays fast for the probes that poll it.
import { Router } from 'express';
import type { Database } from '../db/database.ts';
import type { Health } from '../../core/schemas/health.schema.ts';

export function healthRoutes(db: Database, startedAt: number): Router {
  const router = Router();
  router.get('/health', async (_req, res) => {
    res.set('Cache-Control', 'no-store');
    db.breaker.check();
    const { info, answeredMsAgo } = await db.liveness();
    const body: Health = {
      status: 'ok',
      database: { ...info, answeredMsAgo },
      uptimeSeconds: Math.round((Date.now() - startedAt) / 1000),
    };
    res.json(body);
  });
  return router;
}
