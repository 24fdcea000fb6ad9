// GET /api/graph?country=&kind=&from=&to=&undated=&focus=&depth=&limit=
import { Router } from 'express';
import { parseInput } from '../http/validate.ts';
import { GraphQuerySchema } from '../schemas/graph.schema.ts';
import type { GraphService } from './graph.service.ts';

export function graphRoutes(graph: GraphService): Router {
  const router = Router();
  router.get('/graph', async (req, res) => {
    res.json(await graph.get(parseInput(GraphQuerySchema, req.query, 'query')));
  });
  return router;
}
