// The one place where neo4j-driver errors become domain errors (unavailable → 503, constraint → 409, …).
import { Neo4jError } from 'neo4j-driver';
import { AppError, DatabaseUnavailableError } from '../errors/errors.ts';

const unavailableCodes = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
]);

export function isUnavailable(err: unknown): boolean {
  if (!(err instanceof Neo4jError)) {
    const code = (err as { code?: string })?.code;
    return code === 'ECONNREFUSED' || code === 'ECONNRESET';
  }
  return unavailableCodes.has(err.code) || err.code.startsWith('Neo.TransientError.Database');
}

export function mapDatabaseError(err: unknown): unknown {
  if (err instanceof AppError) return err;
  if (isUnavailable(err)) return new DatabaseUnavailableError((err as Error).message?.split('\n')[0]);
  if (err instanceof Neo4jError) {
    if (err.code === 'Neo.ClientError.Schema.ConstraintValidationFailed')
      return new AppError('conflict', 'That would duplicate an existing id', { cause: err.message });
    if (
      err.code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut') ||
      err.code === 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration'
    ) {
      return new AppError('database_timeout', 'The query took too long and was stopped');
    }
    if (err.retriable) return new AppError('database_busy', 'The database is busy; try again', { cause: err.code });
  }
  return err;
}
