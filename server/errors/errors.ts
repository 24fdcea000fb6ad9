// Domain errors as classes: services throw them with a code; the code's row in error-codes.ts gives the category,
// whether retrying may help and the HTTP status; the error middleware turns them into the one error shape.
import { ERROR_CODES, type ErrorCategory, type ErrorCode } from './error-codes.ts';

export interface AppErrorOptions {
  /** Sent as Retry-After (seconds) with the error response. */
  retryAfterSeconds?: number;
}

export class AppError extends Error {
  // A plain own property, not a getter: body-parser's http-errors writes `status` onto errors thrown in `verify`.
  readonly status: number;
  readonly category: ErrorCategory;
  readonly retriable: boolean;
  readonly retryAfterSeconds?: number;

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
    opts: AppErrorOptions = {},
  ) {
    super(message);
    this.name = new.target.name;
    ({ status: this.status, category: this.category, retriable: this.retriable } = ERROR_CODES[code]);
    if (opts.retryAfterSeconds !== undefined) this.retryAfterSeconds = opts.retryAfterSeconds;
  }
}

export class NotFoundError extends AppError {
  constructor(what: string, id: string) {
    super('not_found', `No ${what} with id "${id}"`, { id });
  }
}

export class BadRequestError extends AppError {
  constructor(message: string, details?: unknown) {
    super('bad_request', message, details);
  }
}

export class DatabaseUnavailableError extends AppError {
  constructor(cause?: string) {
    super(
      'database_unavailable',
      'The graph database is not reachable right now; try again shortly',
      cause ? { cause } : undefined,
    );
  }
}

/** The reader of a stream (an HTTP client, a pipe, a file) went away: nothing is wrong with the server, and
 *  there is no one left to answer. */
export class StreamGoneError extends Error {
  constructor(cause?: unknown) {
    super('The reader went away before the stream ended', { cause });
    this.name = new.target.name;
  }
}
