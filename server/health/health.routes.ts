// GET /api/health: 200 with the database version while Neo4j answers, 503 while it does not. The driver
// reconnects by itself, so health recovers without a restart.
import { Router } from 'express';
import type { Database } from '../db/database.ts';
import type { Health } from '../schemas/health.schema.ts';

export function healthRoutes(db: Database, startedAt: number): Router {
  const router = Router();
  router.get('/health', async (_req, res) => {
    const info = await db.serverInfo();
    const body: Health = { status: 'ok', database: info, uptimeSeconds: Math.round((Date.now() - startedAt) / 1000) };
    res.set('Cache-Control', 'no-store').json(body);
  });
  return router;
}
