// The console's rules in order: size cap → text rules → per-client and total concurrency → an up-to-date console
// database → read-only guard (EXPLAIN) → run in a READ transaction with timeout, row and size caps — all within
// ONE deadline per request (the Neo4j timeout plus a second). At the deadline the request answers 408, its worker
// thread is terminated (destroying its connection), its transaction is terminated, and if the sandbox has not
// let go of it within the grace, the sandbox JVM is killed (and restarted by its supervisor).
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { AppError } from '../http/errors.ts';
import type { CypherRequest, CypherSchemaInfo } from '../../core/schemas/cypher-console.schema.ts';
import { openConsoleTransactions, terminateConsoleTransactions } from './console-admin.ts';
import type { ConsoleBackend } from './console-backend.ts';
import type { ConsoleOptions } from './console.config.ts';
import { mapConsoleError } from './console-errors.ts';
import type { ConsoleWorkers } from './console-workers.ts';
import { refuseQueryText } from './query-text-rules.ts';
import { ReadOnlyGuard, type Explanation } from './read-only-guard.ts';

/** An answer at least this long (JSON characters) retires the worker thread that decoded it. */
export const RECYCLE_AFTER_CHARS = 1_000_000;

/** Time past the Neo4j timeout before the request itself gives up (Neo4j's own timeout usually answers first). */
export const deadlineSlackMs = 1_000;

class DeadlineExceeded extends Error {}

function withDeadline<T>(work: Promise<T>, deadline: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DeadlineExceeded()), Math.max(0, deadline - Date.now()));
  });
  return Promise.race([work, expired]).finally(() => clearTimeout(timer));
}

export interface ConsoleStats {
  /** Requests that reached their deadline. */
  timedOut: number;
  /** Of those, the ones whose transaction was found open and terminated. */
  terminated: number;
  /** Sandbox JVM kills for a query that outlived the grace. */
  killed: number;
  /** Checks after a deadline that failed (the sandbox too busy or already down to answer). */
  checkFailures: number;
}

export class ConsoleService {
  readonly guard = new ReadOnlyGuard();
  readonly stats: ConsoleStats = { timedOut: 0, terminated: 0, killed: 0, checkFailures: 0 };
  private readonly perClient = new Map<string, number>();
  private readonly cleanups = new Set<Promise<void>>();

  constructor(
    private readonly backend: ConsoleBackend,
    private readonly workers: ConsoleWorkers,
    private readonly options: ConsoleOptions,
    private readonly log?: Logger,
  ) {}

  /** The answer as the console's JSON text (made in the worker thread). */
  async run({ query, params }: CypherRequest, client: string): Promise<string> {
    const startedAt = Date.now();
    const deadline = startedAt + this.options.timeoutMs + deadlineSlackMs;
    if (query.length > this.options.maxQueryLength) {
      throw new AppError('query_too_long', `The query is ${query.length} characters long; the console accepts at most ${this.options.maxQueryLength}`);
    }
    refuseQueryText(query);
    const mine = this.perClient.get(client) ?? 0;
    if (mine >= this.options.concurrencyPerClient) {
      throw new AppError('too_many_concurrent', `This client already has ${mine} console queries running; the console runs at most ${this.options.concurrencyPerClient} per client at once — wait for one to finish`);
    }
    this.perClient.set(client, mine + 1);
    try {
      return await this.runWithin(deadline, startedAt, query, params);
    } finally {
      const left = (this.perClient.get(client) ?? 1) - 1;
      if (left) this.perClient.set(client, left);
      else this.perClient.delete(client);
    }
  }

  private async runWithin(deadline: number, startedAt: number, query: string, params: Record<string, unknown>): Promise<string> {
    const { timeoutMs, maxRows, maxResultChars } = this.options;
    try {
      await withDeadline(this.backend.prepare(), deadline);
    } catch (err) {
      if (err instanceof DeadlineExceeded) throw unavailable('its copy of the graph is still being refreshed');
      throw mapConsoleError(err, timeoutMs);
    }
    const lease = await this.workers.acquire(deadline);
    const tag = randomUUID();
    try {
      const answer = await withDeadline(
        (async () => {
          await this.guard.check(query, (q) => lease.call<Explanation>({ op: 'explain', query: q, timeoutMs }));
          return lease.call<string>({ op: 'run', request: { query, params, timeoutMs, maxRows, maxResultChars, tag, startedAt } });
        })(),
        deadline,
      );
      // A worker that has just decoded a large answer keeps its grown heap (V8 gives memory back lazily: four
      // such threads could hold hundreds of MB between them): it is replaced instead of kept.
      if (answer.length >= RECYCLE_AFTER_CHARS) lease.destroy();
      else lease.release();
      return answer;
    } catch (err) {
      if (err instanceof DeadlineExceeded) {
        lease.destroy(); // terminates the worker thread and with it the query's connection
        this.stats.timedOut++;
        this.track(this.stopRunaway(tag));
        throw new AppError('query_timeout', `The query ran longer than ${timeoutMs / 1000} s and was stopped; narrow it (a tighter MATCH, a LIMIT) and try again`);
      }
      let mapped = mapConsoleError(err, timeoutMs);
      if (mapped instanceof AppError && mapped.code === 'database_unavailable' && this.backend.kind === 'sandbox') mapped = unavailable('its sandbox database is restarting');
      // A worker that died (out of memory) or may hold a broken connection is replaced; a refused query is not a fault.
      if (mapped instanceof AppError && mapped.status < 500 && mapped.code !== 'result_too_large') lease.release();
      else lease.destroy();
      throw mapped;
    }
  }

  /** After a deadline: terminate the transaction; if the database has not let go within the grace, kill the sandbox. */
  private async stopRunaway(tag: string): Promise<void> {
    const admin = this.backend.admin;
    try {
      if ((await terminateConsoleTransactions(admin, tag)).length) this.stats.terminated++;
      const until = Date.now() + this.options.killGraceMs;
      while (Date.now() < until) {
        if (!(await openConsoleTransactions(admin, tag)).length) return;
        await new Promise((res) => setTimeout(res, 200));
      }
      if (!(await openConsoleTransactions(admin, tag)).length) return;
    } catch (err) {
      this.stats.checkFailures++;
      this.log?.warn({ err }, 'console: could not check a timed-out query');
      if (this.backend.kind === 'main') return;
    }
    if (this.backend.kill) {
      if (this.backend.kill(`a console query kept running ${this.options.killGraceMs} ms past its deadline (or the sandbox could not be asked)`)) this.stats.killed++;
    } else {
      this.log?.warn('console: a timed-out query still runs on the main database (CONSOLE_SANDBOX=off): Neo4j stops it when its expression ends');
    }
  }

  private track(p: Promise<void>) {
    this.cleanups.add(p);
    void p.finally(() => this.cleanups.delete(p));
  }

  /** Resolves when every post-deadline clean-up (terminate, maybe kill) has finished — for tests and shutdown. */
  async settled(): Promise<void> {
    while (this.cleanups.size) await Promise.allSettled([...this.cleanups]);
  }

  async schema(): Promise<CypherSchemaInfo> {
    const deadline = Date.now() + 30_000;
    try {
      await withDeadline(this.backend.prepare(), deadline);
    } catch (err) {
      if (err instanceof DeadlineExceeded) throw unavailable('its copy of the graph is still being refreshed');
      throw mapConsoleError(err, 30_000);
    }
    const lease = await this.workers.acquire(deadline);
    try {
      const info = await withDeadline(lease.call<CypherSchemaInfo>({ op: 'schema' }), deadline);
      lease.release();
      return info;
    } catch (err) {
      lease.destroy();
      throw err instanceof DeadlineExceeded ? new AppError('query_timeout', 'Counting the schema took longer than 30 s') : mapConsoleError(err, 30_000);
    }
  }
}

export function unavailable(why: string): AppError {
  return new AppError('console_unavailable', `The Cypher console is not available right now (${why}); try again in a few seconds`);
}
