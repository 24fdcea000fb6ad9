// POST /api/cypher (a read-only Cypher query) and GET /api/cypher/schema, behind a per-client rate limit.
import { Router } from 'express';
import { perClientLimit } from '../http/rate-limit.ts';
import { parseInput } from '../http/validate.ts';
import { CypherRequestSchema } from '../schemas/cypher-console.schema.ts';
import type { ConsoleOptions } from './console.config.ts';
import type { ConsoleService } from './console.service.ts';

export function consoleRoutes(service: ConsoleService, options: ConsoleOptions): Router {
  const router = Router();
  const limiter = perClientLimit({ limit: options.rateLimit, windowMs: options.rateWindowMs }, 'console queries');
  router.post('/cypher', limiter, async (req, res) => {
    res.json(await service.run(parseInput(CypherRequestSchema, req.body, 'body')));
  });
  router.get('/cypher/schema', limiter, async (_req, res) => {
    res.json(await service.schema());
  });
  return router;
}
