// POST /api/cypher (a read-only Cypher query) and GET /api/cypher/schema, behind a per-client rate limit.
import { Router } from 'express';
import { rateLimit } from 'express-rate-limit';
import { parseInput } from '../http/validate.ts';
import { CypherRequestSchema } from '../schemas/cypher-console.schema.ts';
import type { ErrorBody } from '../schemas/error.schema.ts';
import type { ConsoleOptions } from './console.config.ts';
import type { ConsoleService } from './console.service.ts';

export function consoleRoutes(service: ConsoleService, options: ConsoleOptions): Router {
  const router = Router();
  // In memory, per client IP: one server process is the deployment this project has.
  const limiter = rateLimit({
    windowMs: options.rateWindowMs,
    limit: options.rateLimit,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, res) => {
      const seconds = Math.ceil(options.rateWindowMs / 1000);
      res.status(429).json({ error: { code: 'rate_limited', message: `Too many console queries: at most ${options.rateLimit} every ${seconds} s per client; wait a moment and run it again` } } satisfies ErrorBody);
    },
  });
  router.post('/cypher', limiter, async (req, res) => {
    res.json(await service.run(parseInput(CypherRequestSchema, req.body, 'body')));
  });
  router.get('/cypher/schema', limiter, async (_req, res) => {
    res.json(await service.schema());
  });
  return router;
}
