// While the database breaker is open, every API route that needs the database answers 503 at once (no request waits
// on a dead or frozen database); the API description and docs, which do not need it, still answer.
import type { RequestHandler } from 'express';
import type { Database } from '../db/database.ts';

const withoutDatabase = /^\/(openapi\.json$|docs(\/|$))/;

export function databaseGate(db: Database): RequestHandler {
  return (req, _res, next) => {
    if (!withoutDatabase.test(req.path)) db.breaker.check(); // throws the 503; express passes it to the error handler
    next();
  };
}
