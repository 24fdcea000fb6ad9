// While the database breaker is open, every API route that needs the database answers 503 at once (no request waits
// on a dead or frozen database); so does every such route before the schema and the curated seed are in (a fresh
// server: 503 not_ready with Retry-After, as GET /api/ready says, never an empty or partial graph). The API
// description and docs, which do not need the database, still answer.
import type { RequestHandler } from 'express';
import type { Database } from '../db/database.ts';
import type { Readiness } from '../startup/prepare-database.ts';
import { NotReadyError } from './ready.routes.ts';

const withoutDatabase = /^\/(openapi\.json$|docs(\/|$))/;

export function databaseGate(db: Database, readiness?: () => Readiness): RequestHandler {
  return (req, _res, next) => {
    if (!withoutDatabase.test(req.path)) {
      db.breaker.check(); // throws the 503; express passes it to the error handler
      const state = readiness?.();
      if (state && !state.seeded) throw new NotReadyError(state.stage);
    }
    next();
  };
}
