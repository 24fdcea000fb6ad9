// Domain errors as classes: services throw them, the error middleware turns them into the one error shape.
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class NotFoundError extends AppError {
  constructor(what: string, id: string) {
    super(404, 'not_found', `No ${what} with id "${id}"`, { id });
  }
}

export class BadRequestError extends AppError {
  constructor(message: string, details?: unknown) {
    super(400, 'bad_request', message, details);
  }
}

export class DatabaseUnavailableError extends AppError {
  constructor(cause?: string) {
    super(503, 'database_unavailable', 'The graph database is not reachable right now; try again shortly', cause ? { cause } : undefined);
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
