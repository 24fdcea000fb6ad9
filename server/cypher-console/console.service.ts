// The console's rules in order: size cap → text rules → runaway rules (regex, range) → the client's cool-down →
// per-client and total concurrency → an up-to-date console database → read-only guard (EXPLAIN) → run in a READ
// transaction with timeout, row and size caps — all within ONE deadline per request (the Neo4j timeout plus a
// second). At the deadline the request answers 408, its worker thread is terminated (destroying its connection),
// its transaction is terminated, and if the sandbox has not let go of it within the grace, the sandbox JVM is
// killed (and restarted by its supervisor). The client whose query had to be killed so (or whose query was the
// oldest running when the sandbox died on its own) is cooled down: its console queries get 429 for a while, so a
// loop of hostile queries costs that client, not everyone. A query that lost its sandbox mid-run is run again
// once the sandbox is back, within its own deadline (it only reads).
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { AppError } from '../errors/errors.ts';
import type { CypherRequest, CypherSchemaInfo } from '../../core/schemas/cypher-console.schema.ts';
import { openConsoleTransactions, terminateConsoleTransactions } from './console-admin.ts';
import type { ConsoleBackend, ConsoleTarget } from './console-backend.ts';
import type { ConsoleOptions } from './console.config.ts';
import { mapConsoleError, sandboxFailure, unavailable } from './console-errors.ts';
import type { ConsoleWorkers } from './console-workers.ts';
import { refuseQueryText } from './query-text-rules.ts';
import { refuseRunaways } from './runaway-rules.ts';
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
  /** Clients cooled down (a query of theirs stopped at its deadline or taking the sandbox down). */
  cooledDown: number;
  /** Queries refused with 429 during their client's cool-down. */
  refusedCooling: number;
  /** Queries run again after the sandbox died under them. */
  retried: number;
}

/** A client in its cool-down: 429 `console_cooldown`, with Retry-After (console.routes.ts). */
export class CooldownError extends AppError {
  constructor(retryAfterSeconds: number) {
    super(
      'console_cooldown',
      `A console query of this client had to be stopped (it ran past its deadline or took the console's database down): this client's console queries are refused for ${retryAfterSeconds} s more; narrow the query before trying again`,
      { retryAfterSeconds },
      { retryAfterSeconds },
    );
  }
}

export class ConsoleService {
  readonly guard = new ReadOnlyGuard();
  readonly stats: ConsoleStats = {
    timedOut: 0,
    terminated: 0,
    killed: 0,
    checkFailures: 0,
    cooledDown: 0,
    refusedCooling: 0,
    retried: 0,
  };
  private readonly perClient = new Map<string, number>();
  private readonly cleanups = new Set<Promise<void>>();
  /** Client → end of its cool-down (epoch ms); expired entries are dropped as new ones come. */
  private readonly cooling = new Map<string, number>();
  /** Queries running on the console's database now: tag → client and start, to blame one when the sandbox dies. */
  private readonly running = new Map<string, { client: string; since: number }>();

  constructor(
    private readonly backend: ConsoleBackend,
    private readonly workers: ConsoleWorkers,
    private readonly options: ConsoleOptions,
    private readonly log?: Logger,
  ) {
    backend.onDeath?.(() => this.blameOldest());
  }

  /** Refuses the client's queries for the cool-down (none when it is 0). */
  coolDown(client: string): void {
    if (!this.options.cooldownMs) return;
    const now = Date.now();
    for (const [c, until] of this.cooling) if (until <= now) this.cooling.delete(c);
    this.cooling.set(client, now + this.options.cooldownMs);
    this.stats.cooledDown++;
    this.log?.warn({ client, ms: this.options.cooldownMs }, 'console: client cooled down after a runaway query');
  }

  /** The sandbox died on its own (out of memory, a crash): the query running longest is the likely cause. */
  private blameOldest(): void {
    const oldest = [...this.running.values()].sort((a, b) => a.since - b.since)[0];
    // A query that just began did not fill the heap; one running a second or more may have.
    if (oldest && Date.now() - oldest.since >= 1_000) this.coolDown(oldest.client);
  }

  /** The answer as the console's JSON text (made in the worker thread). */
  async run({ query, params }: CypherRequest, client: string): Promise<string> {
    const startedAt = Date.now();
    const deadline = startedAt + this.options.timeoutMs + deadlineSlackMs;
    if (query.length > this.options.maxQueryLength) {
      throw new AppError(
        'query_too_long',
        `The query is ${query.length} characters long; the console accepts at most ${this.options.maxQueryLength}`,
      );
    }
    refuseQueryText(query);
    refuseRunaways(query, params);
    const until = this.cooling.get(client);
    if (until !== undefined && until > Date.now()) {
      this.stats.refusedCooling++;
      throw new CooldownError(Math.ceil((until - Date.now()) / 1000));
    }
    const mine = this.perClient.get(client) ?? 0;
    if (mine >= this.options.concurrencyPerClient) {
      throw new AppError(
        'too_many_concurrent',
        `This client already has ${mine} console queries running; the console runs at most ${this.options.concurrencyPerClient} per client at once — wait for one to finish`,
      );
    }
    this.perClient.set(client, mine + 1);
    try {
      return await this.runWithin(deadline, startedAt, query, params, client);
    } finally {
      const left = (this.perClient.get(client) ?? 1) - 1;
      if (left) this.perClient.set(client, left);
      else this.perClient.delete(client);
    }
  }

  private async runWithin(
    deadline: number,
    startedAt: number,
    query: string,
    params: Record<string, unknown>,
    client: string,
    retry = true,
  ): Promise<string> {
    const { timeoutMs, maxRows, maxResultChars } = this.options;
    let target: ConsoleTarget;
    try {
      target = await withDeadline(this.backend.prepare(), deadline);
    } catch (err) {
      if (err instanceof DeadlineExceeded)
        throw unavailable('its sandbox database is restarting or its copy of the graph is being refreshed');
      throw mapConsoleError(err, timeoutMs);
    }
    const lease = await this.workers.acquire(deadline);
    const tag = randomUUID();
    this.running.set(tag, { client, since: Date.now() });
    try {
      const answer = await withDeadline(
        (async () => {
          await this.guard.check(query, (q) =>
            lease.call<Explanation>({ op: 'explain', target: target.index, query: q, timeoutMs }),
          );
          return lease.call<string>({
            op: 'run',
            target: target.index,
            request: { query, params, timeoutMs, maxRows, maxResultChars, tag, startedAt },
          });
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
        this.track(this.stopRunaway(tag, client, target));
        throw new AppError(
          'query_timeout',
          `The query ran longer than ${timeoutMs / 1000} s and was stopped; narrow it (a tighter MATCH, a LIMIT) and try again`,
        );
      }
      let mapped = mapConsoleError(err, timeoutMs);
      const failed = this.backend.kind === 'sandbox' ? sandboxFailure(mapped) : undefined;
      if (failed) {
        if (!(mapped instanceof AppError)) this.log?.warn({ err }, 'console: the sandbox failed under a query');
        mapped = failed;
      }
      // A worker that died (out of memory) or may hold a broken connection is replaced; a refused query is not a fault.
      if (mapped instanceof AppError && mapped.status < 500 && mapped.code !== 'result_too_large') lease.release();
      else lease.destroy();
      // The sandbox died under this query (another's runaway, most likely): once more on the restarted one, if this
      // client is not the one blamed for it and its deadline allows (a console query only reads).
      const cooled = (this.cooling.get(client) ?? 0) > Date.now();
      if (
        retry &&
        !cooled &&
        mapped instanceof AppError &&
        mapped.status === 503 &&
        this.backend.kind === 'sandbox' &&
        Date.now() < deadline
      ) {
        this.stats.retried++;
        this.running.delete(tag);
        return this.runWithin(deadline, startedAt, query, params, client, false);
      }
      throw mapped;
    } finally {
      this.running.delete(tag);
    }
  }

  /** After a deadline: terminate the transaction; if the database has not let go within the grace, kill the sandbox. */
  private async stopRunaway(tag: string, client: string, target: ConsoleTarget): Promise<void> {
    const admin = target.admin;
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
      // Not proven a runaway: a starved sandbox (nice 19 on a loaded machine) answers neither the query nor the
      // check. Its client is not cooled down; the sandbox is killed (it may be hung) unless that would leave the
      // console with no sandbox at all — the soak at load 20 saw such kills take the active one, then its standby.
      if (target.covered?.() === false) {
        this.log?.warn(
          'console: a timed-out query could not be checked; the sandbox is kept (no standby to take over)',
        );
        return;
      }
      this.kill(target, 'the sandbox could not be asked about a query past its deadline');
      return;
    }
    // Its query would not stop: its client is cooled down. (A query that was merely slow behind someone else's
    // runaway lets go when terminated, and its client is not blamed.)
    this.coolDown(client);
    this.kill(target, `a console query kept running ${this.options.killGraceMs} ms past its deadline`);
  }

  private kill(target: ConsoleTarget, reason: string): void {
    if (target.kill) {
      if (target.kill(reason)) this.stats.killed++;
    } else {
      this.log?.warn(
        'console: a timed-out query still runs on the main database (CONSOLE_SANDBOX=off): Neo4j stops it when its expression ends',
      );
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
    let target: ConsoleTarget;
    try {
      target = await withDeadline(this.backend.prepare(), deadline);
    } catch (err) {
      if (err instanceof DeadlineExceeded) throw unavailable('its copy of the graph is still being refreshed');
      throw mapConsoleError(err, 30_000);
    }
    const lease = await this.workers.acquire(deadline);
    try {
      const info = await withDeadline(lease.call<CypherSchemaInfo>({ op: 'schema', target: target.index }), deadline);
      lease.release();
      return info;
    } catch (err) {
      lease.destroy();
      throw err instanceof DeadlineExceeded
        ? new AppError('query_timeout', 'Counting the schema took longer than 30 s')
        : mapConsoleError(err, 30_000);
    }
  }
}
