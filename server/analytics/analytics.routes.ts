// GET /api/analytics?<the filters of /api/graph> and /api/analytics/cities/:id (the countries: country.routes.ts)
import { Router } from 'express';
import { z } from 'zod';
import { NotFoundError } from '../errors/errors.ts';
import { parseInput } from '../http/validate.ts';
import { AnalyticsQuerySchema } from '../../core/schemas/analytics.schema.ts';
import { IdSchema } from '../../core/schemas/common.schema.ts';
import type { AnalyticsService } from './analytics.service.ts';

export function analyticsRoutes(analytics: AnalyticsService): Router {
  const router = Router();
  router.get('/analytics', async (req, res) => {
    const q = parseInput(AnalyticsQuerySchema, req.query, 'query');
    res.type('json').send(await analytics.figures(q));
  });
  router.get('/analytics/cities/:id', async (req, res) => {
    const { id } = parseInput(z.object({ id: IdSchema }), req.params, 'path');
    const answer = await analytics.city(id);
    if (!answer) throw new NotFoundError('city', id);
    res.json(answer);
  });
  return router;
}
