// A bound on requests in flight at once, per client (IP) and in total, for long responses that each hold a
// database transaction (exports): beyond it the request is refused at once — 429 `too_many_concurrent` for the
// client over its share, 503 `busy` when the server's total is reached — with Retry-After, instead of queueing.
// Hand-written (a counter per key, freed when the response closes on any path): express-rate-limit counts
// requests per time window, and the queueing limiters on npm (p-limit and the like) wait instead of refusing.
import type { RequestHandler } from 'express';
import { AppError } from '../errors/errors.ts';

export interface ConcurrencyLimit {
  /** At most this many at once from one client. */
  perClient: number;
  /** At most this many at once from everyone. */
  total: number;
}

/** `what` names the requests in the message: "Too many exports at once: …". */
export function concurrencyLimit(
  { perClient, total }: ConcurrencyLimit,
  what: string,
  retryAfterSeconds = 5,
): RequestHandler {
  const perKey = new Map<string, number>();
  let inFlight = 0;
  return (req, res, next) => {
    const key = req.ip ?? req.socket.remoteAddress ?? 'unknown';
    const mine = perKey.get(key) ?? 0;
    const refuse = (code: 'too_many_concurrent' | 'busy', message: string) =>
      next(new AppError(code, message, { perClient, total }, { retryAfterSeconds }));
    if (mine >= perClient)
      return refuse(
        'too_many_concurrent',
        `Too many ${what} at once: at most ${perClient} per client; wait for one to finish`,
      );
    if (inFlight >= total)
      return refuse('busy', `The server is serving as many ${what} as it can (${total}); try again in a few seconds`);
    perKey.set(key, mine + 1);
    inFlight++;
    // 'close' comes on every path: finished, failed, or the client went away.
    res.once('close', () => {
      inFlight--;
      const left = (perKey.get(key) ?? 1) - 1;
      if (left > 0) perKey.set(key, left);
      else perKey.delete(key);
    });
    next();
  };
}
