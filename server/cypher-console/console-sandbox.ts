// The console sandbox: a second local Neo4j (same Maven artifacts, neo4j/console-sandbox.conf) holding a copy of the
// main graph, where every console query runs. Its own small heap (-Xmx384m, exit on OutOfMemoryError), one CPU,
// nice 19: a heap-filling or CPU-bound query can stall or kill the sandbox, never the main database or Node.
// Supervised: when its JVM exits it is started again (backoff) on a fresh data folder and copied again; until it
// is ready the console answers 503 `console_unavailable`. Kept in sync: before a query, the main database's
// last-commit marker is compared with the one the copy was taken at, and the copy refreshed when they differ
// (in batched transactions, each under the sandbox's per-transaction memory limit; queries wait while it runs, so
// none reads a partial copy).
import { rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { startLocalNeo4j, type LocalNeo4j } from '../../neo4j/local-neo4j.ts';
import { Database } from '../db/database.ts';
import { applySchema } from '../db/apply-schema.ts';
import { dumpGraph, loadGraph } from '../db/graph-dump.ts';
import type { ConsoleBackend } from './console-backend.ts';
import { unavailable } from './console.service.ts';
import type { WorkerConnection } from './worker-messages.ts';

const root = resolve(import.meta.dirname, '..', '..');

export interface SandboxOptions {
  port: number;
  /** Data folder; wiped at every (re)start — the sandbox holds nothing that is not a copy. */
  home: string;
  heap?: string;
  log?: (msg: string) => void;
  /** Delays between restarts, the last one repeated (default 1, 2, 4, 8, 16, 30 s). */
  backoffMs?: number[];
  /** The JVM's niceness (default 19: the CPU only when nobody else wants it). */
  nice?: number;
}

export type SandboxState = 'starting' | 'ready' | 'stopped';

export class ConsoleSandbox implements ConsoleBackend {
  readonly kind = 'sandbox' as const;
  readonly connection: WorkerConnection;
  /** The sandbox from the main thread: copying into it, terminating console transactions. */
  readonly admin: Database;
  state: SandboxState = 'starting';
  /** Times the JVM was started again after an exit (a kill, an OutOfMemoryError, a crash). */
  restarts = 0;
  /** The last refresh of the copy: how long it took and what it copied. */
  lastSync?: { at: string; ms: number; nodes: number; relationships: number };
  private local?: LocalNeo4j;
  private generation = 0;
  private syncedAt?: string;
  private syncing?: Promise<void>;
  private copyFailedUntil = 0;
  private syncingTo?: string;
  private schemaFor = 0;
  private attempt = 0;
  private upSince = 0;
  private restartTimer?: NodeJS.Timeout;
  private booting?: Promise<void>;
  private stopping = false;
  private readonly log: (msg: string) => void;

  private constructor(
    private readonly main: Database,
    private readonly opts: SandboxOptions,
  ) {
    const uri = `bolt://127.0.0.1:${opts.port}`;
    this.connection = { uri };
    this.admin = new Database({ uri });
    this.log = opts.log ?? (() => {});
  }

  /** Starts the sandbox in the background and returns at once; the console answers 503 until it is ready. */
  static launch(main: Database, opts: SandboxOptions): ConsoleSandbox {
    const sandbox = new ConsoleSandbox(main, opts);
    sandbox.boot();
    return sandbox;
  }

  /** The JVM's pid while it runs (tests kill it to prove the supervision). */
  get pid(): number | undefined {
    return this.local?.process.pid;
  }

  /** Resolves once the sandbox is ready and holds a copy of the current graph (tests, benchmarks). */
  async whenReady(timeoutMs = 240_000): Promise<void> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      if (this.state === 'ready') {
        try {
          await this.prepare();
          await this.syncing;
          if (this.syncedAt !== undefined) return;
        } catch (err) {
          if (Date.now() > until) throw err;
        }
      }
      if (this.state === 'stopped') throw new Error('the console sandbox was stopped');
      if (Date.now() > until) throw new Error(`the console sandbox was not ready within ${timeoutMs / 1000} s`);
      await new Promise((res) => setTimeout(res, 250));
    }
  }

  private boot(): void {
    if (this.stopping) return;
    this.state = 'starting';
    this.syncedAt = undefined;
    this.syncing = this.syncingTo = undefined;
    const generation = ++this.generation;
    this.booting = rm(this.opts.home, { recursive: true, force: true }).then(() => startLocalNeo4j({
      port: this.opts.port,
      home: this.opts.home,
      heap: this.opts.heap ?? '384m',
      conf: join(root, 'neo4j', 'console-sandbox.conf'),
      jvmArgs: ['-XX:+ExitOnOutOfMemoryError', '-XX:ActiveProcessorCount=1'],
      nice: this.opts.nice ?? 19,
      startTimeoutMs: 180_000,
      assumeJava: generation > 1, // checked on the first start; a restart must not block the event loop on spawnSync
    })).then(
      async (local) => {
        if (this.stopping) return void (await local.stop());
        this.local = local;
        this.upSince = Date.now();
        local.process.once('exit', (code, signal) => this.exited(generation, code, signal));
        this.log(`console sandbox pid ${local.process.pid} is up at ${local.uri}; copying the graph…`);
        this.state = 'ready';
        await this.prepare().catch((err) => this.log(`console sandbox: the first copy failed (${(err as Error).message}); the next query retries it`));
      },
      (err) => {
        this.log(`console sandbox failed to start: ${(err as Error).message}`);
        this.scheduleRestart();
      },
    );
  }

  private exited(generation: number, code: number | null, signal: NodeJS.Signals | null): void {
    if (generation !== this.generation) return;
    this.local = undefined;
    if (this.stopping) return;
    this.state = 'starting';
    this.syncedAt = undefined;
    if (Date.now() - this.upSince > 60_000) this.attempt = 0; // it ran a while: not a crash loop
    this.log(`console sandbox exited (${signal ?? `code ${code}`}); restarting it`);
    this.scheduleRestart();
  }

  private scheduleRestart(): void {
    if (this.stopping) return;
    const backoff = this.opts.backoffMs ?? [1_000, 2_000, 4_000, 8_000, 16_000, 30_000];
    const delay = backoff[Math.min(this.attempt, backoff.length - 1)]!;
    this.attempt++;
    this.restarts++;
    this.restartTimer = setTimeout(() => this.boot(), delay);
  }

  /**
   * Ready, with a copy of the graph. When the main graph's last-commit marker differs from the copy's, a refresh
   * starts (one at a time) and the query waits for it (up to its deadline, then 503): the refresh writes in
   * batches, so a partial copy is never read. A query that arrives during a refresh waits the same way.
   */
  async prepare(): Promise<void> {
    if (this.state !== 'ready') throw unavailable(this.state === 'stopped' ? 'it is shutting down' : 'its sandbox database is starting');
    const marker = await this.main.lastCommit();
    if (marker === this.syncedAt) return;
    // A copy that just failed is not tried again by every query (each try reads the whole main graph).
    if (!this.syncing && Date.now() < this.copyFailedUntil) throw unavailable('its copy of the graph failed and is tried again shortly');
    if (!this.syncing || this.syncingTo !== marker) {
      const previous = this.syncing;
      this.syncingTo = marker;
      const run: Promise<void> = (previous ?? Promise.resolve())
        .catch(() => {})
        .then(() => (this.syncedAt === marker ? undefined : this.copy(marker)))
        .finally(() => {
          if (this.syncing === run) this.syncing = undefined;
        });
      this.syncing = run;
    }
    return this.syncing;
  }

  private async copy(marker: string): Promise<void> {
    const generation = this.generation;
    const started = Date.now();
    try {
      // The schema (constraints, full-text index) once per JVM; then the graph replaced.
      if (this.schemaFor !== generation) {
        await applySchema(this.admin);
        this.schemaFor = generation;
      }
      // In batches (each transaction under the sandbox's memory limit, which the world graph in one exceeds):
      // meanwhile the copy is partial, so queries wait for it (up to their deadline, then 503) instead of reading it.
      // Queries already running end first (new ones wait from here on): they are bounded by their deadline.
      this.syncedAt = undefined;
      await this.drainQueries();
      const report = await loadGraph(this.admin, dumpGraph(this.main), { replace: true, inBatches: true });
      if (generation !== this.generation) return; // the JVM restarted meanwhile: this copy went down with it
      this.syncedAt = marker;
      this.lastSync = { at: new Date().toISOString(), ms: Date.now() - started, ...report };
      this.log(`console sandbox: graph copied (${report.nodes} nodes, ${report.relationships} relationships) in ${Date.now() - started} ms`);
    } catch (err) {
      this.copyFailedUntil = Date.now() + 10_000;
      throw generation === this.generation ? err : unavailable('its sandbox database is restarting');
    }
  }

  /** Waits (30 s at most) until no transaction but this check's own is open on the sandbox. */
  private async drainQueries(): Promise<void> {
    const until = Date.now() + 30_000;
    while (Date.now() < until) {
      const open = await this.admin.read<{ query: string }>('list-transaction-queries', {}, 5_000);
      if (!open.some((t) => !t.query.includes('SHOW TRANSACTIONS'))) return;
      await new Promise((res) => setTimeout(res, 200));
    }
  }

  kill(reason: string): boolean {
    const pid = this.local?.process.pid;
    if (!pid || this.stopping || this.state !== 'ready') return false; // already going down
    this.log(`console sandbox: killing pid ${pid}: ${reason}`);
    this.state = 'starting';
    this.local!.process.kill('SIGKILL');
    return true;
  }

  async close(): Promise<void> {
    this.stopping = true;
    this.state = 'stopped';
    clearTimeout(this.restartTimer);
    // A start in progress is not waited for long: the JVM stops by itself once this process (its stdin) is gone.
    await Promise.race([this.booting?.catch(() => {}), new Promise((res) => setTimeout(res, 5_000).unref())]);
    await this.admin.close().catch(() => {});
    await this.local?.stop();
  }
}
