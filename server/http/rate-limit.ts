// A per-client (IP) request limit that answers like every other error: 429 `rate_limited` with what the limit
// is. In memory: one server process is the deployment this project has.
import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import { AppError } from '../errors/errors.ts';

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
    // express-rate-limit has set RateLimit and Retry-After already; the error handler writes the body.
    handler: (_req, _res, next) => {
      const seconds = Math.ceil(windowMs / 1000);
      next(
        new AppError(
          'rate_limited',
          `Too many ${what}: at most ${limit} every ${seconds} s per client; wait a moment and try again`,
        ),
      );
    },
  });
}
