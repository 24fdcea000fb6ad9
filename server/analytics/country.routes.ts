// GET /api/analytics/countries?<the filters of /api/graph>, /api/analytics/countries/pairs?a=RU&b=BY&<the same>
// and /api/analytics/countries/{code}?<the same> (pairs first: it would otherwise be read as a code, and refused).
import { Router } from 'express';
import { AnalyticsQuerySchema } from '../../core/schemas/analytics.schema.ts';
import { CountryPairsQuerySchema, CountryPathSchema } from '../../core/schemas/country-analytics.schema.ts';
import { parseInput } from '../http/validate.ts';
import type { CountryService } from './country.service.ts';

export function countryRoutes(countries: CountryService): Router {
  const router = Router();
  router.get('/analytics/countries', async (req, res) => {
    const q = parseInput(AnalyticsQuerySchema, req.query, 'query');
    res.type('json').send(await countries.countries(q));
  });
  router.get('/analytics/countries/pairs', async (req, res) => {
    res.json(await countries.pairs(parseInput(CountryPairsQuerySchema, req.query, 'query')));
  });
  router.get('/analytics/countries/:code', async (req, res) => {
    const { code } = parseInput(CountryPathSchema, req.params, 'path');
    res.json(await countries.country(code, parseInput(AnalyticsQuerySchema, req.query, 'query')));
  });
  return router;
}
