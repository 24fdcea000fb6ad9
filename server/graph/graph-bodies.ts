// GET /api/graph's bodies made off the main thread: one piscina thread (graph-body-worker.ts) cuts a selection to a
// view, writes its JSON and gzips it, so a client asking odd limits or filters costs that thread, not every other
// request's latency. Bounded: one thread at a lowered priority and `queue` bodies waiting; beyond that `503 busy`.
// piscina as for the snapshots (embed/png.ts): the maintained pool with a queue bound and thread priority.
import { Piscina } from 'piscina';
import { AppError } from '../errors/errors.ts';
import type { GraphQuery } from '../../core/schemas/graph.schema.ts';
import type { GraphBodyJob } from './graph-body-worker.ts';

export class GraphBodies {
  private readonly pool: Piscina<GraphBodyJob, Uint8Array>;

  /** `queue`: bodies waiting for the thread at most (the world's takes ~0.1–0.5 s). */
  constructor(private readonly queue = 32) {
    this.pool = new Piscina({
      filename: new URL('./graph-body-thread.mjs', import.meta.url).href,
      minThreads: 0,
      maxThreads: 1, // one thread: the selections it has parsed are kept in it
      maxQueue: queue,
      idleTimeout: 60_000,
      niceIncrement: 5, // below the main thread, which answers everyone else
      resourceLimits: { maxOldGenerationSizeMb: 1024 },
    });
  }

  /** The gzipped JSON of the view `q` cut from the selection `key` (its bytes: partBytes). */
  async gz(selection: { key: string | undefined; bytes: Uint8Array }, q: GraphQuery, form: 'rows' | 'columns') {
    try {
      const gz = await this.pool.run({ ...selection, q, form });
      return Buffer.from(gz.buffer, gz.byteOffset, gz.byteLength);
    } catch (err) {
      if (err instanceof Error && /queue is at limit|no task queue available/i.test(err.message)) {
        throw new AppError(
          'busy',
          'Too many graph views are being prepared; try again in a few seconds',
          { queue: this.queue },
          { retryAfterSeconds: 2 },
        );
      }
      throw err;
    }
  }

  close(): Promise<void> {
    return this.pool.destroy();
  }
}
