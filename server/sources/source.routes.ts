// GET /api/sources and /api/sources/:id, kept in the response cache until the graph changes
import { Router } from 'express';
import { z } from 'zod';
import type { GraphChangeCache } from '../http/graph-change-cache.ts';
import { parseInput } from '../http/validate.ts';
import { IdSchema } from '../../core/schemas/common.schema.ts';
import type { SourceService } from './source.service.ts';

export function sourceRoutes(sources: SourceService, cache: GraphChangeCache): Router {
  const router = Router();
  // Kept until the graph changes, like every other read of the graph: the list counts the citations of every
  // source (a scan of all ties), the same answer for everyone.
  router.get('/sources', async (_req, res) => {
    res.type('json').send(await cache.get('sources', async () => JSON.stringify({ sources: await sources.list() })));
  });
  router.get('/sources/:id', async (req, res) => {
    const { id } = parseInput(z.object({ id: IdSchema }), req.params, 'path');
    res.type('json').send(await cache.get(`source ${id}`, async () => JSON.stringify(await sources.get(id))));
  });
  return router;
}
