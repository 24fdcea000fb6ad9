// Keeps a local Neo4j JVM running: when it exits without being asked to (a crash, `kill -9`, the OOM killer), it is
// started again with exponential backoff (0.5 s doubling to 10 s; back to 0.5 s once a run stayed up a minute).
// Only an exit counts as death: a stopped (SIGSTOP) or frozen JVM is never killed here — the server's watchdog
// answers 503 meanwhile. Generic over how the JVM is started, so any local Neo4j (the app's, a console sandbox) can
// use it: `supervise(() => startLocalNeo4j(opts))`.
import { EventEmitter } from 'node:events';
import type { LocalNeo4j } from './local-neo4j.ts';

export type SupervisorState = 'starting' | 'up' | 'restarting' | 'stopped';

export interface SupervisorOptions {
  /** First restart delay (default 500 ms); it doubles after each restart up to `maxDelayMs`. */
  minDelayMs?: number;
  maxDelayMs?: number;
  /** A run this long resets the delay to `minDelayMs` (default one minute). */
  healthyMs?: number;
  log?: (msg: string) => void;
}

export interface SupervisorEvents {
  /** The JVM exited unasked; a restart is scheduled. */
  down: [reason: string];
  /** A (re)started JVM answers Bolt. */
  up: [neo4j: LocalNeo4j];
}

export class Supervisor extends EventEmitter<SupervisorEvents> {
  state: SupervisorState = 'starting';
  restarts = 0;
  /** Why the JVM last went down, e.g. "killed by SIGKILL". */
  lastExit: string | undefined;
  /** The first start: rejects (and nothing is restarted) when the JVM cannot start at all. */
  readonly ready: Promise<LocalNeo4j>;
  private current: LocalNeo4j | undefined;
  private starting: Promise<LocalNeo4j | undefined> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private delayMs: number;
  private readonly minDelayMs: number;
  private readonly maxDelayMs: number;
  private readonly healthyMs: number;
  private readonly log: (msg: string) => void;

  constructor(
    private readonly start: () => Promise<LocalNeo4j>,
    opts: SupervisorOptions = {},
  ) {
    super();
    this.minDelayMs = opts.minDelayMs ?? 500;
    this.maxDelayMs = opts.maxDelayMs ?? 10_000;
    this.healthyMs = opts.healthyMs ?? 60_000;
    this.delayMs = this.minDelayMs;
    this.log = opts.log ?? (() => {});
    const first = start();
    this.starting = first.catch(() => undefined);
    this.ready = first.then((neo4j) => {
      this.starting = undefined;
      this.adopt(neo4j);
      return neo4j;
    });
    this.ready.catch(() => void (this.state = 'stopped'));
  }

  /** The running JVM, if any (its `process.pid` is what a fault test kills). */
  get neo4j(): LocalNeo4j | undefined {
    return this.current;
  }

  /** Stops supervising and stops the JVM. */
  async stop(): Promise<void> {
    this.state = 'stopped';
    clearTimeout(this.timer);
    const pending = await this.starting;
    await pending?.stop();
    await this.current?.stop();
  }

  private adopt(neo4j: LocalNeo4j): void {
    if (this.state === 'stopped') return void neo4j.stop();
    this.current = neo4j;
    this.state = 'up';
    const upSince = Date.now();
    neo4j.process.once('exit', (code, signal) => {
      if (this.state === 'stopped' || this.current !== neo4j) return;
      this.current = undefined;
      this.lastExit = signal ? `killed by ${signal}` : `exited with code ${code}`;
      if (Date.now() - upSince >= this.healthyMs) this.delayMs = this.minDelayMs;
      this.state = 'restarting';
      this.log(`local Neo4j pid ${neo4j.process.pid} ${this.lastExit}; restarting in ${this.delayMs} ms`);
      this.emit('down', `the database process ${this.lastExit}; restarting`);
      this.schedule();
    });
    this.emit('up', neo4j);
  }

  private schedule(): void {
    const delay = this.delayMs;
    this.delayMs = Math.min(this.delayMs * 2, this.maxDelayMs);
    this.timer = setTimeout(() => {
      const attempt = this.start();
      this.starting = attempt.catch(() => undefined);
      attempt.then(
        (neo4j) => {
          this.starting = undefined;
          this.restarts++;
          this.log(`local Neo4j restarted: pid ${neo4j.process.pid} (restart ${this.restarts})`);
          this.adopt(neo4j);
        },
        (err: Error) => {
          this.starting = undefined;
          if (this.state === 'stopped') return;
          this.log(`restarting the local Neo4j failed: ${err.message}; next try in ${this.delayMs} ms`);
          this.schedule();
        },
      );
    }, delay);
  }
}

export function supervise(start: () => Promise<LocalNeo4j>, opts?: SupervisorOptions): Supervisor {
  return new Supervisor(start, opts);
}
