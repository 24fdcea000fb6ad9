// What crosses between the main thread and the console's worker thread: jobs, replies, and errors as plain data
// (structured clone drops class identity) rebuilt on the main thread into the same classes, so
// mapConsoleError treats them exactly as if the driver had raised them here.
import { Neo4jError } from 'neo4j-driver';
import type { ErrorCode } from '../errors/error-codes.ts';
import { AppError } from '../errors/errors.ts';
import { PlanningError } from './console-errors.ts';
import type { RunRequest } from './console.repository.ts';

export interface WorkerConnection {
  uri: string;
  /** Further databases of the same credentials a job may name by its `target` (1, 2, …; 0 is `uri`): the console's
   *  warm standby sandbox (console-sandbox-pair.ts). */
  alternates?: string[];
  user?: string;
  password?: string;
  database?: string;
  /** The worker thread's niceness. */
  nice?: number;
}

/** `target`: which of the connection's databases runs the job (0, `uri`, when absent). */
export type WorkerJob =
  | { id: number; target?: number; op: 'explain'; query: string; timeoutMs: number }
  | { id: number; target?: number; op: 'run'; request: RunRequest }
  | { id: number; target?: number; op: 'schema' };

export type ErrorMessage =
  | { kind: 'app'; code: ErrorCode; message: string; details?: unknown }
  | { kind: 'neo4j'; code: string; message: string; prefixLength?: number }
  | { kind: 'other'; message: string; code?: string };

export type WorkerReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: ErrorMessage };

export function errorToMessage(err: unknown): ErrorMessage {
  if (err instanceof AppError) return { kind: 'app', code: err.code, message: err.message, details: err.details };
  if (err instanceof PlanningError)
    return { kind: 'neo4j', code: err.cause.code, message: err.cause.message, prefixLength: err.prefixLength };
  if (err instanceof Neo4jError) return { kind: 'neo4j', code: err.code, message: err.message };
  const e = err as { message?: string; code?: string };
  return {
    kind: 'other',
    message: String(e?.message ?? err),
    ...(typeof e?.code === 'string' ? { code: e.code } : {}),
  };
}

export function messageToError(m: ErrorMessage): Error {
  if (m.kind === 'app') return new AppError(m.code, m.message, m.details);
  if (m.kind === 'neo4j') {
    const err = new Neo4jError(m.message, m.code, '50N42', 'error: general processing exception - unexpected error');
    return m.prefixLength === undefined ? err : new PlanningError(err, m.prefixLength);
  }
  return Object.assign(new Error(m.message), m.code ? { code: m.code } : {});
}
