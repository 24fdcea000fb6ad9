// The console's limits, from the environment (README: "The Cypher console"); tests pass their own.
import { z } from 'zod';

const schema = z.object({
  CYPHER_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(5_000),
  CYPHER_MAX_ROWS: z.coerce.number().int().min(1).max(100_000).default(5_000),
  CYPHER_MAX_QUERY_LENGTH: z.coerce.number().int().min(10).max(90_000).default(10_000),
  CYPHER_RATE_LIMIT: z.coerce.number().int().min(1).default(60),
  CYPHER_RATE_WINDOW_MS: z.coerce.number().int().min(1_000).default(60_000),
});

export interface ConsoleOptions {
  /** Transaction timeout of a console query, guard excluded. */
  timeoutMs: number;
  /** Rows returned at most; beyond it the answer says `truncated: true`. */
  maxRows: number;
  /** Characters of query text accepted at most (413 beyond). */
  maxQueryLength: number;
  /** Console requests per client (IP) and window. */
  rateLimit: number;
  rateWindowMs: number;
}

export function readConsoleOptions(env: NodeJS.ProcessEnv = process.env): ConsoleOptions {
  const parsed = schema.safeParse(Object.fromEntries(Object.entries(env).filter(([k, v]) => k.startsWith('CYPHER_') && v !== '')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`Bad environment variable ${issue.path.join('.')}: ${issue.message}`);
  }
  const e = parsed.data;
  return { timeoutMs: e.CYPHER_TIMEOUT_MS, maxRows: e.CYPHER_MAX_ROWS, maxQueryLength: e.CYPHER_MAX_QUERY_LENGTH, rateLimit: e.CYPHER_RATE_LIMIT, rateWindowMs: e.CYPHER_RATE_WINDOW_MS };
}
