// GET /api/cities/:id/suggestions?country=&limit= and GET /api/suggestions/pairs?countries=RU,BY&limit=
import { Router } from 'express';
import { z } from 'zod';
import type { GraphChangeCache } from '../http/graph-change-cache.ts';
import { parseInput } from '../http/validate.ts';
import { IdSchema } from '../../core/schemas/common.schema.ts';
import { SuggestionPairsQuerySchema, SuggestionQuerySchema } from '../../core/schemas/suggestion.schema.ts';
import type { SuggestionService } from './suggestion.service.ts';

/** Answers are kept in the response cache until the graph changes (the model is refitted then too). */
export function suggestionRoutes(suggestions: SuggestionService, cache: GraphChangeCache): Router {
  const router = Router();
  router.get('/cities/:id/suggestions', async (req, res) => {
    const { id } = parseInput(z.object({ id: IdSchema }), req.params, 'path');
    const q = parseInput(SuggestionQuerySchema, req.query, 'query');
    const key = `suggestions ${id} ${q.country ?? ''} ${q.limit}`;
    res.type('json').send(await cache.get(key, async () => JSON.stringify(await suggestions.forCity(id, q))));
  });
  router.get('/suggestions/pairs', async (req, res) => {
    const q = parseInput(SuggestionPairsQuerySchema, req.query, 'query');
    const key = `suggested pairs ${q.countries.join(',')} ${q.limit}`;
    res.type('json').send(await cache.get(key, async () => JSON.stringify(await suggestions.forCountries(q))));
  });
  return router;
}
