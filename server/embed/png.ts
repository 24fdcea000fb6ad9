// Rasterises snapshot SVGs with resvg in a small pool of worker threads (piscina), off the main thread: parsing,
// text layout, drawing and PNG encoding are all synchronous and took ~100 ms (seconds under load) of the main
// thread per snapshot, stalling every other request. Bounded: SNAPSHOT_THREADS threads at a lowered priority,
// SNAPSHOT_QUEUE renders waiting — beyond that a snapshot answers 503 `busy` at once instead of piling up. A
// render whose client went away is dropped from the queue, or its thread stopped if it had begun.
// piscina, not a hand-made pool like the console's: it is the maintained pool for exactly this (queue bound,
// AbortSignal, idle threads ended, thread priority), and this worker needs no connection or per-job state.
import { Piscina } from 'piscina';
import { AppError } from '../errors/errors.ts';

export interface PngRendererOptions {
  /** Threads at most (each a V8 isolate, ~10 MB, plus resvg's buffers while drawing). */
  threads: number;
  /** Renders waiting for a thread at most. */
  queue: number;
}

const workerFile = new URL('./png-worker.mjs', import.meta.url).href;

export class PngRenderer {
  private readonly pool: Piscina<string, Uint8Array>;
  private inFlight = 0;

  constructor({ threads, queue }: PngRendererOptions) {
    this.pool = new Piscina({
      filename: workerFile,
      minThreads: 0,
      maxThreads: threads,
      maxQueue: queue,
      idleTimeout: 30_000,
      // Between renders the thread's event loop must run: resvg's native memory is freed by finalizers it runs
      // after the collection png-worker.mjs asks for; piscina's default (Atomics.wait) would freeze the loop.
      atomics: 'disabled',
      execArgv: [], // no tsx loader: the worker is plain JavaScript
      niceIncrement: 5, // below the main thread, which answers everyone else
      resourceLimits: { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 16 },
    });
  }

  /** PNG bytes of `svg`; rejects with an AbortError when `signal` aborts first, with a 503 when the queue is full. */
  async png(svg: string, signal?: AbortSignal): Promise<Buffer> {
    this.inFlight++;
    try {
      const bytes = await this.pool.run(svg, { signal });
      return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    } catch (err) {
      if (err instanceof Error && /queue is at limit|no task queue available/i.test(err.message)) {
        throw new AppError(
          'busy',
          'Every snapshot renderer is busy; try again in a few seconds',
          { threads: this.pool.options.maxThreads, queue: this.pool.options.maxQueue },
          { retryAfterSeconds: 2 },
        );
      }
      throw err;
    } finally {
      this.inFlight--;
    }
  }

  /** Threads alive, renders asked for and not yet answered, of which waiting for a thread (diagnostics, tests). */
  get stats(): { threads: number; inFlight: number; waiting: number } {
    return { threads: this.pool.threads.length, inFlight: this.inFlight, waiting: this.pool.queueSize };
  }

  close(): Promise<void> {
    return this.pool.destroy();
  }
}
