// A per-client (IP) request limit that answers like every other error: 429 `rate_limited` with what the limit
// is. In memory: one server process is the deployment this project has.
import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import type { ErrorBody } from '../../core/schemas/error.schema.ts';

export interface RateLimit {
  limit: number;
  windowMs: number;
}

/** `what` names the requests in the message: "Too many console queries: at most 30 every 60 s per client…". */
export function perClientLimit({ limit, windowMs }: RateLimit, what: string): RequestHandler {
  return rateLimit({
    windowMs,
    limit,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, res) => {
      const seconds = Math.ceil(windowMs / 1000);
      res.status(429).json({ error: { code: 'rate_limited', message: `Too many ${what}: at most ${limit} every ${seconds} s per client; wait a moment and try again` } } satisfies ErrorBody);
    },
  });
}
