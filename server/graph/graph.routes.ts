// GET /api/graph?country=&kind=&from=&to=&undated=&focus=&depth=&limit=
import { Router } from 'express';
import type { GraphChangeCache } from '../http/graph-change-cache.ts';
import { parseInput } from '../http/validate.ts';
import { GraphQuerySchema } from '../schemas/graph.schema.ts';
import type { GraphService } from './graph.service.ts';

export function graphRoutes(graph: GraphService, cache: GraphChangeCache): Router {
  const router = Router();
  // Kept until the graph changes: the whole world is ~1 s to gather and 7.6 MB to write, and the same for everyone.
  router.get('/graph', async (req, res) => {
    const q = parseInput(GraphQuerySchema, req.query, 'query');
    res.type('json').send(await cache.get(`graph ${JSON.stringify(q)}`, async () => JSON.stringify(await graph.get(q))));
  });
  return router;
}
