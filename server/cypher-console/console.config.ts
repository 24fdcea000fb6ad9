// The console's limits and its sandbox, from the environment (docs/cypher-console-safety.md); tests pass their own.
import { resolve } from 'node:path';
import { z } from 'zod';

const schema = z.object({
  CYPHER_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(5_000),
  CYPHER_MAX_ROWS: z.coerce.number().int().min(1).max(100_000).default(5_000),
  CYPHER_MAX_QUERY_LENGTH: z.coerce.number().int().min(10).max(90_000).default(10_000),
  CYPHER_RATE_LIMIT: z.coerce.number().int().min(1).default(60),
  CYPHER_RATE_WINDOW_MS: z.coerce.number().int().min(1_000).default(60_000),
  CYPHER_MAX_RESULT_CHARS: z.coerce.number().int().min(1_000).max(100_000_000).default(4_000_000),
  CYPHER_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(4),
  CYPHER_CONCURRENCY_PER_CLIENT: z.coerce.number().int().min(1).max(64).default(2),
  CYPHER_KILL_GRACE_MS: z.coerce.number().int().min(0).max(60_000).default(3_000),
  CYPHER_WORKER_NICE: z.coerce.number().int().min(0).max(19).default(10),
  CYPHER_COOLDOWN_MS: z.coerce.number().int().min(0).max(3_600_000).default(60_000),
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
  /** Characters of row JSON sent at most; beyond it the answer is truncated (`truncatedBy: 'bytes'`). */
  maxResultChars: number;
  /** Console queries running at once (worker threads); more wait in a queue until their deadline. */
  concurrency: number;
  /** Console queries one client (IP) may have running or waiting at once; more are refused with 429. */
  concurrencyPerClient: number;
  /** After a query's deadline, how long the sandbox may take to let go of it before its JVM is killed. */
  killGraceMs: number;
  /** Niceness of the worker threads that decode answers (Linux: per thread): the main thread wins the CPU. */
  workerNice: number;
  /** After a client's query had to be stopped at its deadline or took the sandbox down, its console queries get 429 this long. */
  cooldownMs: number;
}

export function readConsoleOptions(env: NodeJS.ProcessEnv = process.env): ConsoleOptions {
  const e = parseEnv(schema, env, 'CYPHER_');
  return {
    timeoutMs: e.CYPHER_TIMEOUT_MS,
    maxRows: e.CYPHER_MAX_ROWS,
    maxQueryLength: e.CYPHER_MAX_QUERY_LENGTH,
    rateLimit: e.CYPHER_RATE_LIMIT,
    rateWindowMs: e.CYPHER_RATE_WINDOW_MS,
    maxResultChars: e.CYPHER_MAX_RESULT_CHARS,
    concurrency: e.CYPHER_CONCURRENCY,
    concurrencyPerClient: e.CYPHER_CONCURRENCY_PER_CLIENT,
    killGraceMs: e.CYPHER_KILL_GRACE_MS,
    workerNice: e.CYPHER_WORKER_NICE,
    cooldownMs: e.CYPHER_COOLDOWN_MS,
  };
}

const sandboxSchema = z.object({
  CONSOLE_SANDBOX: z.enum(['auto', 'off']).default('auto'),
  CONSOLE_SANDBOX_BOLT_PORT: z.coerce.number().int().min(1).max(65535).default(7689),
  CONSOLE_SANDBOX_DIR: z.string().default('.data/console-sandbox'),
  CONSOLE_SANDBOX_HEAP: z
    .string()
    .regex(/^\d+[kmg]$/i)
    .default('384m'),
  CONSOLE_SANDBOX_STANDBY: z.enum(['on', 'off']).default('on'),
  CONSOLE_SANDBOX_STANDBY_BOLT_PORT: z.coerce.number().int().min(1).max(65535).default(7686),
  CONSOLE_SANDBOX_STANDBY_DIR: z.string().optional(),
});

export interface SandboxSettings {
  /** `off` runs console queries on the main database (docs: the trade-off). */
  mode: 'auto' | 'off';
  port: number;
  home: string;
  heap: string;
  /** The warm standby sandbox (console-sandbox-pair.ts); absent with CONSOLE_SANDBOX_STANDBY=off. */
  standby?: { port: number; home: string };
}

export function readSandboxSettings(env: NodeJS.ProcessEnv = process.env): SandboxSettings {
  const e = parseEnv(sandboxSchema, env, 'CONSOLE_SANDBOX');
  return {
    mode: e.CONSOLE_SANDBOX,
    port: e.CONSOLE_SANDBOX_BOLT_PORT,
    home: resolve(e.CONSOLE_SANDBOX_DIR),
    heap: e.CONSOLE_SANDBOX_HEAP,
    ...(e.CONSOLE_SANDBOX_STANDBY === 'on' && {
      standby: {
        port: e.CONSOLE_SANDBOX_STANDBY_BOLT_PORT,
        home: resolve(e.CONSOLE_SANDBOX_STANDBY_DIR ?? `${e.CONSOLE_SANDBOX_DIR}-standby`),
      },
    }),
  };
}

function parseEnv<S extends z.ZodType>(s: S, env: NodeJS.ProcessEnv, prefix: string): z.output<S> {
  const parsed = s.safeParse(
    Object.fromEntries(Object.entries(env).filter(([k, v]) => k.startsWith(prefix) && v !== '')),
  );
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`Bad environment variable ${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data;
}
