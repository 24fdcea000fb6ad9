// GET /api/cities/:id/suggestions?country=&limit= and GET /api/suggestions/pairs?countries=RU,BY&limit=
import { Router } from 'express';
import { z } from 'zod';
import { parseInput } from '../http/validate.ts';
import { IdSchema } from '../../core/schemas/common.schema.ts';
import { SuggestionPairsQuerySchema, SuggestionQuerySchema } from '../../core/schemas/suggestion.schema.ts';
import type { SuggestionService } from './suggestion.service.ts';

/** Answers are kept in the response cache until the graph changes or its model is refitted (the service's). */
export function suggestionRoutes(suggestions: SuggestionService): Router {
  const router = Router();
  router.get('/cities/:id/suggestions', async (req, res) => {
    const { id } = parseInput(z.object({ id: IdSchema }), req.params, 'path');
    const q = parseInput(SuggestionQuerySchema, req.query, 'query');
    res.type('json').send(await suggestions.forCityJson(id, q));
  });
  router.get('/suggestions/pairs', async (req, res) => {
    const q = parseInput(SuggestionPairsQuerySchema, req.query, 'query');
    res.type('json').send(await suggestions.forCountriesJson(q));
  });
  return router;
}
