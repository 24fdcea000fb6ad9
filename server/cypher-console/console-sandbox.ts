// The console sandbox: a second local Neo4j (same Maven artifacts, neo4j/console-sandbox.conf) holding a copy of the
// main graph, where every console query runs. Its own small heap (-Xmx384m, exit on OutOfMemoryError), one CPU,
// nice 19: a heap-filling or CPU-bound query can stall or kill the sandbox, never the main database or Node.
// Supervised: when its JVM exits (killed for a runaway, out of memory) it is started again (backoff) on the SAME
// data folder — Neo4j recovers its store after a kill -9 — and a query arriving meanwhile waits for it within its
// own deadline (then 503 `console_unavailable`). The store carries the marker its copy was completed at (a
// :_ConsoleCopy node, removed first when a refresh begins and written by its last transaction), so a restart reads
// it back and, when the main graph has not moved, is ready without copying. The folder is wiped only at the first
// start of this process and after two starts in a row that failed. Kept in sync: before a query, the main database's
// last-commit marker (and the marker of the stored city metrics) is compared with the copy's, and the copy refreshed
// when they differ (in batched transactions, each under the sandbox's per-transaction memory limit; queries wait
// while it runs, so none reads a partial copy).
import { rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { startLocalNeo4j, type LocalNeo4j } from '../../neo4j/local-neo4j.ts';
import { Database } from '../db/database.ts';
import { applySchema } from '../db/apply-schema.ts';
import { dumpGraph, loadGraph } from '../db/graph-dump.ts';
import type { ConsoleBackend, ConsoleTarget } from './console-backend.ts';
import { unavailable } from './console-errors.ts';
import type { WorkerConnection } from './worker-messages.ts';

const root = resolve(import.meta.dirname, '..', '..');

export interface SandboxOptions {
  port: number;
  /** Data folder; wiped at the first start and after two failed ones (it holds nothing that is not a copy), kept across restarts. */
  home: string;
  heap?: string;
  log?: (msg: string) => void;
  /** Delays between restarts, the last one repeated (default 1, 2, 4, 8, 16, 30 s). */
  backoffMs?: number[];
  /** The JVM's niceness (default 19: the CPU only when nobody else wants it). */
  nice?: number;
  /** Its place among the workers' databases (console-sandbox-pair.ts: 0 or 1; default 0). */
  index?: number;
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
  /** Refreshes of the copy made (each reads the whole main graph and writes it into the sandbox). */
  copies = 0;
  /** Starts of the JVM whose store already held a copy at the main graph's marker: ready without copying. */
  reusedCopies = 0;
  /** How long the last restart took, from the JVM's exit to ready with an up-to-date copy. */
  lastRestartMs?: number;
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
  private wipeNext = true;
  private failedStarts = 0;
  private downSince = 0;
  private killedGeneration = 0;
  private readonly upWaiters = new Set<{ resolve: () => void; reject: (e: Error) => void }>();
  private readonly deathListeners: (() => void)[] = [];
  private readonly log: (msg: string) => void;
  private readonly target: ConsoleTarget;

  private constructor(
    private readonly main: Database,
    private readonly opts: SandboxOptions,
  ) {
    const uri = `bolt://127.0.0.1:${opts.port}`;
    this.connection = { uri };
    this.admin = new Database({ uri });
    this.log = opts.log ?? (() => {});
    this.target = { index: opts.index ?? 0, admin: this.admin, kill: (reason) => this.kill(reason) };
  }

  /** Starts the sandbox in the background and returns at once; the console answers 503 until it is ready. */
  static launch(main: Database, opts: SandboxOptions): ConsoleSandbox {
    const sandbox = new ConsoleSandbox(main, opts);
    sandbox.boot();
    return sandbox;
  }

  /** A sandbox not started yet (`start()`): the warm standby, started once the active one holds its first copy. */
  static create(main: Database, opts: SandboxOptions): ConsoleSandbox {
    return new ConsoleSandbox(main, opts);
  }

  start(): void {
    if (!this.booting) this.boot();
  }

  /** The main graph's version its copy holds (undefined: none yet, or a refresh is under way). */
  get copyMarker(): string | undefined {
    return this.syncedAt;
  }

  /** The JVM is up and holds a complete copy (maybe of an older version: `prepare()` tells). */
  get holdsCopy(): boolean {
    return this.state === 'ready' && this.syncedAt !== undefined;
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

  copiesHeld(): number {
    return this.holdsCopy ? 1 : 0;
  }

  /** Called when the JVM died without being killed by kill() (out of memory, a crash): the service blames a query. */
  onDeath(listener: () => void): void {
    this.deathListeners.push(listener);
  }

  private boot(): void {
    if (this.stopping) return;
    this.state = 'starting';
    this.syncedAt = undefined;
    this.syncing = this.syncingTo = undefined;
    const generation = ++this.generation;
    const wipe = this.wipeNext;
    this.wipeNext = false;
    this.booting = (wipe ? rm(this.opts.home, { recursive: true, force: true }) : Promise.resolve())
      .then(() =>
        startLocalNeo4j({
          port: this.opts.port,
          home: this.opts.home,
          heap: this.opts.heap ?? '384m',
          conf: join(root, 'neo4j', 'console-sandbox.conf'),
          jvmArgs: ['-XX:+ExitOnOutOfMemoryError', '-XX:ActiveProcessorCount=1'],
          nice: this.opts.nice ?? 19,
          startTimeoutMs: 180_000,
          assumeJava: generation > 1, // checked on the first start; a restart must not block the event loop on spawnSync
        }),
      )
      .then(
        async (local) => {
          if (this.stopping) return void (await local.stop());
          this.local = local;
          this.upSince = Date.now();
          this.failedStarts = 0;
          local.process.once('exit', (code, signal) => this.exited(generation, code, signal));
          // The copy the store holds, if a complete one: equal to the main graph's marker, no copy is needed.
          const stored = wipe ? undefined : await this.storedMarker(generation);
          if (generation !== this.generation || this.stopping) return;
          this.syncedAt = stored;
          this.log(
            `console sandbox pid ${local.process.pid} is up at ${local.uri}; ${stored ? `its store holds a copy at ${stored}` : 'copying the graph…'}`,
          );
          this.state = 'ready';
          for (const w of this.upWaiters) w.resolve();
          this.upWaiters.clear();
          const restarted = this.downSince;
          await this.prepare().then(
            () => {
              if (stored !== undefined && this.syncedAt === stored) this.reusedCopies++;
              if (restarted) this.lastRestartMs = Date.now() - restarted;
              if (restarted)
                this.log(
                  `console sandbox: back ${this.lastRestartMs} ms after its exit${this.syncedAt === stored ? ', without copying' : ''}`,
                );
            },
            (err) =>
              this.log(`console sandbox: the first copy failed (${(err as Error).message}); the next query retries it`),
          );
        },
        (err) => {
          // Twice in a row: the store may be what fails (once can be a slow start on a loaded machine, seen at load 25).
          this.wipeNext = ++this.failedStarts >= 2;
          this.log(
            `console sandbox failed to start: ${(err as Error).message}${this.wipeNext ? '; its data folder is wiped before the next start' : ''}`,
          );
          this.scheduleRestart();
        },
      );
  }

  /**
   * The marker of the complete copy the store holds (undefined: none, or the store cannot be read). A JVM that
   * has just recovered its store, at nice 19 on a loaded machine, can take tens of seconds over its first query
   * (seen: a 10 s timeout missed at load 25): it is given three tries of 30 s, as a needless copy costs more.
   */
  private async storedMarker(generation: number): Promise<string | undefined> {
    for (let attempt = 1; ; attempt++) {
      try {
        const [row] = await this.admin.read<{ marker: string | null }>('get-console-copy-marker', {}, 30_000);
        return row?.marker ?? undefined;
      } catch (err) {
        if (generation !== this.generation) return undefined; // that JVM is gone; the caller sees it too
        if (attempt < 3 && !this.stopping) continue;
        this.log(`console sandbox: its copy marker could not be read (${(err as Error).message}); copying again`);
        return undefined;
      }
    }
  }

  /** Resolves when the JVM is up (state ready); rejects when the sandbox is closed. */
  private up(): Promise<void> {
    if (this.state === 'ready') return Promise.resolve();
    if (this.state === 'stopped') return Promise.reject(unavailable('it is shutting down'));
    return new Promise((resolve, reject) => this.upWaiters.add({ resolve, reject }));
  }

  private exited(generation: number, code: number | null, signal: NodeJS.Signals | null): void {
    if (generation !== this.generation) return;
    this.local = undefined;
    if (this.stopping) return;
    this.state = 'starting';
    this.syncedAt = undefined;
    this.downSince = Date.now();
    if (Date.now() - this.upSince > 60_000) this.attempt = 0; // it ran a while: not a crash loop
    this.log(`console sandbox exited (${signal ?? `code ${code}`}); restarting it`);
    this.scheduleRestart();
    if (this.killedGeneration !== generation) for (const listener of this.deathListeners) listener();
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
   * Ready, with a copy of the graph. While the JVM (re)starts, the query waits for it; when the main graph's
   * last-commit marker differs from the copy's, a refresh starts (one at a time) and the query waits for it: the
   * refresh writes in batches, so a partial copy is never read. The caller bounds the wait by its deadline (503).
   */
  async prepare(): Promise<ConsoleTarget> {
    for (;;) {
      await this.up();
      const generation = this.generation;
      try {
        await this.syncToMain();
        return this.target;
      } catch (err) {
        // The JVM went down under the refresh: wait for the next one (within the caller's deadline).
        if (generation !== this.generation || this.state === 'starting') continue;
        throw err;
      }
    }
  }

  private async syncToMain(): Promise<void> {
    if (this.state !== 'ready')
      throw unavailable(this.state === 'stopped' ? 'it is shutting down' : 'its sandbox database is starting');
    const marker = await this.mainVersion();
    if (marker === this.syncedAt) return;
    // A copy that just failed is not tried again by every query (each try reads the whole main graph).
    if (!this.syncing && Date.now() < this.copyFailedUntil)
      throw unavailable('its copy of the graph failed and is tried again shortly');
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

  /** The version of the main graph the copy must match: its last commit, and which graph the stored city metrics
   *  were computed from — the server stores them as content (Database.writeContent), which leaves the last-commit
   *  marker where it was, yet researchers query them in the console (docs/analytics.md). */
  private async mainVersion(): Promise<string> {
    const marker = await this.main.lastCommit();
    const [metrics] = await this.main.read<{ graphAt: string }>('get-metrics-marker', {}, 5_000);
    return metrics ? `${marker} metrics of ${metrics.graphAt}` : marker;
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
      // The marker goes first and comes back last: a store that holds one holds the whole copy (read at a restart).
      await this.admin.write('delete-console-copy-marker');
      const report = await loadGraph(this.admin, dumpGraph(this.main), { replace: true, inBatches: true });
      const at = new Date().toISOString();
      await this.admin.write('set-console-copy-marker', { marker, ...report, at });
      if (generation !== this.generation) return; // the JVM restarted meanwhile: this copy went down with it
      this.syncedAt = marker;
      this.copies++;
      this.lastSync = { at, ms: Date.now() - started, ...report };
      this.log(
        `console sandbox: graph copied (${report.nodes} nodes, ${report.relationships} relationships) in ${Date.now() - started} ms`,
      );
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
    this.killedGeneration = this.generation;
    this.local!.process.kill('SIGKILL');
    return true;
  }

  async close(): Promise<void> {
    this.stopping = true;
    this.state = 'stopped';
    clearTimeout(this.restartTimer);
    for (const w of this.upWaiters) w.reject(unavailable('it is shutting down'));
    this.upWaiters.clear();
    // A start in progress is not waited for long: the JVM stops by itself once this process (its stdin) is gone.
    await Promise.race([this.booting?.catch(() => {}), new Promise((res) => setTimeout(res, 5_000).unref())]);
    await this.admin.close().catch(() => {});
    await this.local?.stop();
  }
}
