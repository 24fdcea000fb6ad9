// Embed layouts made off the main thread (embed-layout-worker.ts): one piscina thread at a lowered priority, as
// for the graph bodies (graph/graph-bodies.ts), with `queue` layouts waiting at most; beyond that `503 busy`.
import { Piscina } from 'piscina';
import { AppError } from '../errors/errors.ts';
import {
  isMapLayout,
  layoutGraph,
  type LayoutLink,
  type LayoutMode,
  type LayoutNode,
  type Point,
} from '../../core/embed/layout.ts';
import type { LayoutJob } from './embed-layout-worker.ts';

export class EmbedLayouts {
  private readonly pool: Piscina<LayoutJob, [string, number, number][]>;

  constructor(private readonly queue = 32) {
    this.pool = new Piscina({
      filename: new URL('./embed-layout-thread.mjs', import.meta.url).href,
      minThreads: 0,
      maxThreads: 1,
      maxQueue: queue,
      idleTimeout: 60_000,
      niceIncrement: 5, // below the main thread, which answers everyone else
      resourceLimits: { maxOldGenerationSizeMb: 256 },
    });
  }

  /** Positions by node id, as layoutGraph gives them: a map layout (a projection, cheap) here, a force run in the
   *  thread (only the fields it reads are posted). */
  async positions(nodes: readonly LayoutNode[], links: readonly LayoutLink[], mode: LayoutMode) {
    if (isMapLayout(nodes, mode)) return layoutGraph(nodes, links, mode);
    const job: LayoutJob = {
      nodes: nodes.map(({ id, lat, lon }) => ({ id, lat, lon })),
      links: links.map(({ source, target }) => ({ source, target })),
      mode,
    };
    try {
      const rows = await this.pool.run(job);
      return new Map<string, Point>(rows.map(([id, x, y]) => [id, { x, y }]));
    } catch (err) {
      if (err instanceof Error && /queue is at limit|no task queue available/i.test(err.message)) {
        throw new AppError(
          'busy',
          'Too many embeds are being laid out; try again in a few seconds',
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
