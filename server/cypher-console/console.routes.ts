// POST /api/cypher (a read-only Cypher query) and GET /api/cypher/schema, behind a per-client rate limit. The
// answer is JSON text made in the console's worker thread: sent as is, never parsed here. A 503 says when to retry.
import { Router, type RequestHandler } from 'express';
import { AppError } from '../errors/errors.ts';
import { perClientLimit } from '../http/rate-limit.ts';
import { parseInput } from '../http/validate.ts';
import { CypherRequestSchema } from '../../core/schemas/cypher-console.schema.ts';
import type { ConsoleOptions } from './console.config.ts';
import { CooldownError, type ConsoleService } from './console.service.ts';

export const retryAfterSeconds = 5;

/** Adds Retry-After to the console's 503s (sandbox restarting or every slot busy) and to a cooling client's 429s. */
function retryHint(handler: RequestHandler): RequestHandler {
  return async (req, res, next) => {
    try {
      await handler(req, res, next);
    } catch (err) {
      if (err instanceof AppError && err.status === 503) res.set('Retry-After', String(retryAfterSeconds));
      if (err instanceof CooldownError) res.set('Retry-After', String(err.retryAfterSeconds));
      throw err;
    }
  };
}

export function consoleRoutes(service: ConsoleService, options: ConsoleOptions): Router {
  const router = Router();
  const limiter = perClientLimit({ limit: options.rateLimit, windowMs: options.rateWindowMs }, 'console queries');
  router.post(
    '/cypher',
    limiter,
    retryHint(async (req, res) => {
      const json = await service.run(parseInput(CypherRequestSchema, req.body, 'body'), req.ip ?? 'unknown');
      res.type('application/json').send(json);
    }),
  );
  router.get(
    '/cypher/schema',
    limiter,
    retryHint(async (_req, res) => {
      res.json(await service.schema());
    }),
  );
  return router;
}
