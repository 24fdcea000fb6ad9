// The console's worker threads: a fixed number of slots, each a Worker (console-worker.ts) with its own driver
// and a bounded heap (resourceLimits). A job leases one slot (FIFO, waiting at most until its deadline); a lease
// either gives the worker back or destroys it (at a deadline, or when it ran out of memory) — terminating a Worker
// also destroys its sockets, so Neo4j sees the connection close. Workers are made on first use and unref'd.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import { AppError } from '../errors/errors.ts';
import { messageToError, type WorkerConnection, type WorkerJob, type WorkerReply } from './worker-messages.ts';

// The worker is TypeScript like the rest: a two-line bootstrap registers tsx's loader in the new thread (under
// `npm start` and under vitest alike) before importing it. tsx is already how this project runs TypeScript.
const tsxApi = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api')).href.replace(
  /index\.cjs$/,
  'index.mjs',
);
const workerUrl = new URL('./console-worker.ts', import.meta.url).href;
// The thread is niced (CYPHER_WORKER_NICE) FIRST, before tsx and the worker's modules load: loading them (tsx's
// transform, neo4j-driver's few hundred modules) is 2–4 s of CPU per thread, and a thread is made again after every
// deadline — in the soak's first minute a dozen of them at normal priority took more than a core of the two from the
// main thread (its CPU profiles, docs/operations.md). On Linux a thread's niceness is its own, and threads it starts
// (tsx's loader thread) inherit it.
const bootstrap = (nice: number | undefined) =>
  `import('node:os').then((os) => { try { if (${Number(nice ?? 0)}) os.setPriority(${Number(nice ?? 0)}); } catch {} })` +
  `.then(() => import(${JSON.stringify(tsxApi)})).then((m) => { m.register(); return import(${JSON.stringify(workerUrl)}); });`;

// 256 MB of old generation holds the largest answer the console sends (CYPHER_MAX_RESULT_CHARS, 4 M characters
// of JSON, with its decoded rows); beyond it the thread runs out of memory and the query answers 422. The bound
// was 384 MB (and 32 MB young): four threads could hold well over a GB between them.
export const workerLimits: ResourceLimits = { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 16 };

type JobInput = WorkerJob extends infer J ? (J extends WorkerJob ? Omit<J, 'id'> : never) : never;

export interface Lease {
  call<T>(job: JobInput): Promise<T>;
  /** The worker is healthy: back to the pool. */
  release(): void;
  /** The worker is terminated (its sockets with it); a new one takes the slot on the next lease. */
  destroy(): void;
}

export class ConsoleWorkers {
  private readonly idle: Worker[] = [];
  private readonly alive = new Set<Worker>();
  private leased = 0;
  private readonly queue: { grant: (w: Worker) => void; fail: (e: Error) => void; timer: NodeJS.Timeout }[] = [];
  private nextId = 1;
  private closed = false;

  constructor(
    private readonly connection: WorkerConnection,
    readonly size: number,
    private readonly limits: ResourceLimits = workerLimits,
  ) {}

  /** Jobs waiting for a slot now. */
  get waiting(): number {
    return this.queue.length;
  }

  /** Worker threads alive now (idle or leased). */
  get live(): number {
    return this.alive.size;
  }

  get busy(): number {
    return this.leased;
  }

  /** A slot by `deadline` (epoch ms), else a 503 `console_busy`. */
  acquire(deadline: number): Promise<Lease> {
    if (this.closed) return Promise.reject(new AppError('console_unavailable', 'The Cypher console is shutting down'));
    const worker = this.take();
    if (worker) return Promise.resolve(this.lease(worker));
    return new Promise<Lease>((resolve, reject) => {
      const entry = {
        grant: (w: Worker) => resolve(this.lease(w)),
        fail: reject,
        timer: setTimeout(
          () => {
            this.queue.splice(this.queue.indexOf(entry), 1);
            reject(
              new AppError(
                'console_busy',
                `Every console slot (${this.size}) stayed busy until this query's deadline; try again in a moment`,
              ),
            );
          },
          Math.max(0, deadline - Date.now()),
        ),
      };
      this.queue.push(entry);
    });
  }

  /** Starts up to `count` idle threads (the pool's size at most), so that queries do not wait for their start. */
  warm(count = this.size): void {
    for (let i = 0; i < count && !this.closed && this.alive.size < this.size; i++) this.idle.push(this.spawn());
  }

  private take(): Worker | undefined {
    const w = this.idle.pop() ?? (this.alive.size < this.size ? this.spawn() : undefined);
    if (w) this.leased++;
    return w;
  }

  private spawn(): Worker {
    const w = new Worker(bootstrap(this.connection.nice), {
      eval: true,
      workerData: this.connection,
      resourceLimits: this.limits,
      stdout: false,
      stderr: false,
    });
    w.unref();
    w.on('error', () => {}); // reported to the job in flight by its own listener
    this.alive.add(w);
    w.once('exit', () => {
      this.alive.delete(w);
      const i = this.idle.indexOf(w);
      if (i >= 0) this.idle.splice(i, 1);
    });
    return w;
  }

  private lease(worker: Worker): Lease {
    let done = false;
    const finish = (keep: boolean) => {
      if (done) return;
      done = true;
      this.leased--;
      const healthy = keep && !this.closed && this.alive.has(worker);
      if (!healthy) {
        this.alive.delete(worker); // the slot is free now, not when the thread has finished exiting
        void worker.terminate();
      }
      const next = this.queue.shift();
      if (!next) {
        if (healthy) this.idle.push(worker);
        // A thread takes 0.7–4 s to load its modules: its replacement starts now, not in the next query's path
        // (right after a kill, the next queries are the ones the warm standby must answer at once).
        else if (!this.closed) this.warm(1);
        return;
      }
      const w = healthy ? worker : this.take();
      if (!w) return void this.queue.unshift(next);
      if (healthy) this.leased++;
      clearTimeout(next.timer);
      next.grant(w);
    };
    return {
      call: <T>(job: JobInput) =>
        new Promise<T>((resolve, reject) => {
          const id = this.nextId++;
          const onMessage = (reply: WorkerReply) => {
            if (reply.id !== id) return;
            cleanup();
            if (reply.ok) resolve(reply.value as T);
            else reject(messageToError(reply.error));
          };
          const onError = (err: Error & { code?: string }) => {
            cleanup();
            reject(
              err.code === 'ERR_WORKER_OUT_OF_MEMORY'
                ? new AppError(
                    'result_too_large',
                    'The answer needed more memory than the console allows; return less (aggregate, slice or LIMIT it)',
                  )
                : err,
            );
          };
          const onExit = () => {
            cleanup();
            reject(new AppError('console_unavailable', 'The console worker stopped; try again'));
          };
          const cleanup = () => {
            worker.off('message', onMessage);
            worker.off('error', onError);
            worker.off('exit', onExit);
          };
          worker.on('message', onMessage);
          worker.once('error', onError);
          worker.once('exit', onExit);
          worker.postMessage({ ...job, id });
        }),
      release: () => finish(true),
      destroy: () => finish(false),
    };
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const q of this.queue.splice(0)) {
      clearTimeout(q.timer);
      q.fail(new AppError('console_unavailable', 'The Cypher console is shutting down'));
    }
    await Promise.all(this.idle.splice(0).map((w) => w.terminate()));
  }
}
