// One worker thread (analytics-worker.ts) for the analytics computations, made on first use and unref'd, so an
// idle server keeps no thread busy and a finished test process exits. Jobs are posted in order; the thread
// runs them one at a time. A thread that dies fails its jobs and is replaced on the next one.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ComputeJob, ComputeResult } from './analytics-compute.ts';

// TypeScript in the thread: the console's two-line tsx bootstrap (server/cypher-console/console-workers.ts).
const tsxApi = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api')).href.replace(
  /index\.cjs$/,
  'index.mjs',
);
const workerUrl = new URL('./analytics-worker.ts', import.meta.url).href;
const bootstrap = `import(${JSON.stringify(tsxApi)}).then((m) => { m.register(); return import(${JSON.stringify(workerUrl)}); });`;

type Pending = { resolve: (r: ComputeResult) => void; reject: (e: Error) => void };

export class AnalyticsThread {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, Pending>();
  private next = 0;

  run(job: ComputeJob): Promise<ComputeResult> {
    const worker = (this.worker ??= this.spawn());
    const id = this.next++;
    return new Promise<ComputeResult>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      if (this.pending.size === 1) worker.ref(); // busy: keeps the process until the job is done
      worker.postMessage({ id, job });
    });
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = undefined;
    await w?.terminate();
  }

  private spawn(): Worker {
    const w = new Worker(bootstrap, { eval: true, stdout: false, stderr: false });
    w.unref();
    w.on('message', (msg: { id: number; result?: ComputeResult; error?: string }) => {
      const p = this.pending.get(msg.id);
      this.pending.delete(msg.id);
      if (this.pending.size === 0) w.unref();
      if (msg.error !== undefined) p?.reject(new Error(msg.error));
      else p?.resolve(msg.result!);
    });
    const fail = (err: Error) => {
      if (this.worker === w) this.worker = undefined;
      for (const p of this.pending.values()) p.reject(err);
      this.pending.clear();
    };
    w.on('error', fail);
    w.on('exit', () => fail(new Error('the analytics thread stopped')));
    return w;
  }
}
