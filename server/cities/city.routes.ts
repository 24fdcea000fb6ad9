// GET /api/cities?q=&country=&limit= and /api/cities/:id
import { Router } from 'express';
import { z } from 'zod';
import type { GraphChangeCache } from '../http/graph-change-cache.ts';
import { parseInput } from '../http/validate.ts';
import { CitySearchQuerySchema } from '../../core/schemas/city.schema.ts';
import { IdSchema } from '../../core/schemas/common.schema.ts';
import type { CityService } from './city.service.ts';

export function cityRoutes(cities: CityService, cache: GraphChangeCache): Router {
  const router = Router();
  router.get('/cities', async (req, res) => {
    const { q, country, limit } = parseInput(CitySearchQuerySchema, req.query, 'query');
    res.json({ cities: await cities.search(q, country, limit) });
  });
  router.get('/cities/:id', async (req, res) => {
    const { id } = parseInput(z.object({ id: IdSchema }), req.params, 'path');
    res.type('json').send(await cache.get(`city ${id}`, async () => JSON.stringify(await cities.get(id))));
  });
  return router;
}
