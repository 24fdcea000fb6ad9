// The one table of error codes: for each, its category (what kind of failure), whether trying again unchanged
// may succeed (`retriable`, after Retry-After when one is sent), and the HTTP status it leaves with. An AppError
// takes its status from here and nowhere else; docs/server.md lists the table.

/** What kind of failure, in the spirit of neo4j-driver's ClientError/TransientError/DatabaseError split. */
export type ErrorCategory =
  | 'input' // the request is wrong: fix it (400, 413, 415, 422, 501)
  | 'access' // not allowed: a token, or a read-only rule (401, 403)
  | 'missing' // no such thing (404)
  | 'conflict' // the graph's state stands in the way (409)
  | 'limit' // over a bound set for fairness (429, 507)
  | 'timeout' // ran out of time (408, 504)
  | 'unavailable' // the database, the console or the server cannot serve now (503)
  | 'internal'; // a fault of the server (500)

export interface ErrorKind {
  status: number;
  category: ErrorCategory;
  retriable: boolean;
}

const kind = (status: number, category: ErrorCategory, retriable = false): ErrorKind => ({
  status,
  category,
  retriable,
});

export const ERROR_CODES = {
  // input
  bad_request: kind(400, 'input'),
  bad_json: kind(400, 'input'),
  bad_import_file: kind(400, 'input'),
  params_too_deep: kind(400, 'input'),
  integer_out_of_range: kind(400, 'input'),
  syntax_error: kind(400, 'input'),
  multiple_statements: kind(400, 'input'),
  options_refused: kind(400, 'input'),
  in_transactions_refused: kind(400, 'input'),
  query_error: kind(400, 'input'),
  payload_too_large: kind(413, 'input'),
  query_too_long: kind(413, 'input'),
  story_too_large: kind(413, 'input'),
  unsupported_encoding: kind(415, 'input'),
  unsupported_media_type: kind(415, 'input'),
  memory_limit: kind(422, 'input'),
  result_too_large: kind(422, 'input'),
  regex_refused: kind(422, 'input'),
  range_too_large: kind(422, 'input'),
  not_implemented: kind(501, 'input'),
  // access
  unauthorised: kind(401, 'access'),
  import_disabled: kind(403, 'access'),
  write_refused: kind(403, 'access'),
  schema_refused: kind(403, 'access'),
  admin_refused: kind(403, 'access'),
  load_csv_refused: kind(403, 'access'),
  procedure_refused: kind(403, 'access'),
  // missing
  not_found: kind(404, 'missing'),
  // conflict: the same request may succeed once the other writer is done
  conflict: kind(409, 'conflict'),
  import_conflict: kind(409, 'conflict', true),
  import_in_progress: kind(409, 'conflict', true),
  // limit
  rate_limited: kind(429, 'limit', true),
  too_many_concurrent: kind(429, 'limit', true),
  too_many_connections: kind(429, 'limit', true),
  console_cooldown: kind(429, 'limit', true),
  story_storage_full: kind(507, 'limit'),
  // timeout: the console's query is the client's (408); a query of the server's own is the server's (504)
  query_timeout: kind(408, 'timeout'),
  database_timeout: kind(504, 'timeout'),
  // unavailable
  busy: kind(503, 'unavailable', true),
  database_unavailable: kind(503, 'unavailable', true),
  database_busy: kind(503, 'unavailable', true),
  not_ready: kind(503, 'unavailable', true),
  console_unavailable: kind(503, 'unavailable', true),
  console_busy: kind(503, 'unavailable', true),
  // internal
  internal: kind(500, 'internal'),
} as const satisfies Record<string, ErrorKind>;

export type ErrorCode = keyof typeof ERROR_CODES;

export function isErrorCode(code: string): code is ErrorCode {
  return Object.hasOwn(ERROR_CODES, code);
}
