// Neo4j's answers to a console query → refusals in plain words (4xx). One place, like server/db/database-errors.ts.
import { Neo4jError } from 'neo4j-driver';
import { mapDatabaseError } from '../db/database-errors.ts';
import { AppError } from '../errors/errors.ts';
import { procedureRefusal, type Refusal } from './plan-rules.ts';

export class QueryRefusedError extends AppError {
  constructor(refusal: Refusal, details?: unknown) {
    super(refusal.code, refusal.message, details);
  }
}

/** An error Neo4j raised while planning `EXPLAIN <query>`: its positions count the prefix, the user's text does not. */
export class PlanningError extends Error {
  constructor(
    override readonly cause: Neo4jError,
    readonly prefixLength: number,
  ) {
    super(cause.message);
  }
}

const positionPattern = /\(line (\d+), column (\d+) \(offset: (\d+)\)\)/;

/** `… (line 1, column 19 (offset: 18))` in Neo4j's message → where the problem is in the user's text. */
function position(message: string, shift: number): { line: number; column: number; offset: number } | undefined {
  const m = positionPattern.exec(message);
  if (!m) return undefined;
  const line = Number(m[1]);
  return {
    line,
    column: Math.max(1, Number(m[2]) - (line === 1 ? shift : 0)),
    offset: Math.max(0, Number(m[3]) - shift),
  };
}

export function mapConsoleError(err: unknown, timeoutMs: number): unknown {
  const shift = err instanceof PlanningError ? err.prefixLength : 0;
  if (err instanceof PlanningError) err = err.cause;
  if (err instanceof AppError || !(err instanceof Neo4jError)) return mapDatabaseError(err);
  const code = err.code;
  const where = position(err.message, shift);
  const message = err.message
    .split('\n')[0]!
    .replace(positionPattern, where ? `(line ${where.line}, column ${where.column} (offset: ${where.offset}))` : '$&');
  if (
    code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut') ||
    code === 'Neo.TransientError.Transaction.Terminated'
  ) {
    return new AppError(
      'query_timeout',
      `The query ran longer than ${timeoutMs / 1000} s and was stopped; narrow it (a tighter MATCH, a LIMIT) and try again`,
    );
  }
  if (code === 'Neo.ClientError.Statement.AccessMode') {
    return new AppError(
      'write_refused',
      'The console is read-only: this query tried to write, and the database refused it',
    );
  }
  if (code === 'Neo.ClientError.Procedure.ProcedureNotFound')
    return new QueryRefusedError(procedureRefusal(/`([^`]+)`/.exec(message)?.[1]));
  if (
    code === 'Neo.ClientError.Statement.UnsupportedAdministrationCommand' ||
    code.startsWith('Neo.ClientError.Security')
  ) {
    return new AppError('admin_refused', 'The console is read-only: administration commands are refused');
  }
  // Neo4j's lexer reports some malformed text (an unterminated string or comment) as a DatabaseError.
  if (
    code === 'Neo.ClientError.Statement.SyntaxError' ||
    (code.startsWith('Neo.DatabaseError.') && /^Lexical error/.test(message))
  ) {
    if (/exactly one statement/i.test(message)) {
      return new AppError(
        'multiple_statements',
        'Run one statement at a time: several statements separated by ";" are refused',
      );
    }
    return new AppError('syntax_error', `Cypher syntax error: ${message}`, { neo4jCode: code, position: where });
  }
  if (code === 'Neo.DatabaseError.Transaction.TransactionStartFailed' && /IN TRANSACTIONS/i.test(message)) {
    return new AppError(
      'in_transactions_refused',
      'The console runs each query in one read transaction: CALL { … } IN TRANSACTIONS is refused',
    );
  }
  if (/MemoryPoolOutOfMemoryError|MemoryLimit/i.test(code)) {
    return new AppError('memory_limit', 'The query needs more memory than the console allows; aggregate or LIMIT it');
  }
  if (code.startsWith('Neo.ClientError.')) {
    return new AppError('query_error', `Neo4j refused the query: ${message}`, { neo4jCode: code, position: where });
  }
  return mapDatabaseError(err);
}

export function unavailable(why: string): AppError {
  return new AppError(
    'console_unavailable',
    `The Cypher console is not available right now (${why}); try again in a few seconds`,
  );
}

/** A console query's failure on a sandbox that neither refuses the query nor blames its client — the database
 *  unreachable, or an error the driver or Neo4j raised that is no known refusal (a pool closed under the query,
 *  a connection reset, a `Neo.DatabaseError`): the sandbox failed under it, most likely killed for another
 *  client's runaway. 503 `console_unavailable` (the service retries it once on the sandbox that takes over), not
 *  a 500 that reads as a fault of Pobratim's own; undefined for a known answer. The soak of 2026-12-04 06:17 saw
 *  one 500 `internal` on the console as a hostile query's sandbox was killed. */
export function sandboxFailure(mapped: unknown): AppError | undefined {
  if (mapped instanceof AppError) {
    return mapped.code === 'database_unavailable' ? unavailable('its sandbox database is restarting') : undefined;
  }
  return unavailable('its sandbox database failed under the query');
}
