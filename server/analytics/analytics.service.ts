// Network analytics (docs/analytics.md): the whole-graph figures of any selection, computed when asked and kept
// in the response cache until the graph changes; and every city's metrics, computed off the request path (a
// worker thread) whenever the graph has changed and stored on the City nodes with the marker of the graph they
// were computed from, so a read can always tell fresh metrics from ones of an older graph.
import {
  AnalyticsQuerySchema,
  type AnalyticsQuery,
  type CityMetricsAnswer,
  type GraphFigures,
  type MetricsRun,
} from '../../core/schemas/analytics.schema.ts';
import type { Graph } from '../../core/schemas/graph.schema.ts';
import type { Database } from '../db/database.ts';
import type { GraphChangeCache } from '../http/graph-change-cache.ts';
import { compute, type Selection } from './analytics-compute.ts';
import { AnalyticsThread } from './analytics-thread.ts';
import type { AnalyticsRepository } from './analytics.repository.ts';
import type { MetricsResult } from './city-metrics.ts';

/** Selections up to this many places are computed on the main thread (a few ms); larger ones in the worker. */
const INLINE_MAX_PLACES = 2000;
export const COMPUTED_BY = 'Pobratim (graphology, graphology-metrics, graphology-communities-louvain)';

type GraphOf = (q: AnalyticsQuery, marker?: string) => Promise<Graph>;

export interface MetricsState {
  graphAt: string;
  ms: number;
  run: MetricsRun;
}

export class AnalyticsService {
  private readonly thread = new AnalyticsThread();
  private refreshing: Promise<MetricsState | undefined> | undefined;
  /** The last metrics this process stored or found stored, and the graph marker they are of. */
  private last: MetricsState | undefined;
  /** A server watching the graph (watch): it serves requests, so what they will need is made ahead. */
  private serving = false;

  constructor(
    private readonly db: Pick<Database, 'lastCommit'>,
    private readonly repo: AnalyticsRepository,
    private readonly cache: GraphChangeCache,
    private readonly graphOf: GraphOf,
  ) {}

  /** GET /api/analytics as JSON text: the figures of the selection `q`, as of the graph's last commit. */
  figures(q: AnalyticsQuery): Promise<string> {
    return this.cache.get(`analytics ${JSON.stringify(q)}`, async (marker) => {
      const graph = await this.graphOf(q, marker);
      const selection = { nodes: graph.nodes, links: graph.links };
      const { figures, ms } = await this.figuresOf(selection);
      const graphAt = marker ?? (await this.db.lastCommit());
      return JSON.stringify({ figures, truncated: graph.truncated, computed: { by: COMPUTED_BY, graphAt, ms } });
    });
  }

  /** A city's stored metrics, fresh only when they are of the graph's last commit; else `computing` (and the
   *  computation is started, not awaited: reads never wait for it). */
  async city(id: string): Promise<CityMetricsAnswer | undefined> {
    const [stored, marker] = await Promise.all([this.repo.city(id), this.db.lastCommit()]);
    if (!stored) return undefined;
    const fresh = stored.graphAt === marker;
    if (!fresh) void this.refreshMetrics().catch(() => {});
    return {
      status: fresh ? 'fresh' : 'computing',
      metrics: fresh ? stored.metrics : null,
      countryPlaces: fresh ? stored.countryPlaces : null,
      computed: fresh ? { by: stored.by ?? COMPUTED_BY, graphAt: marker, ms: this.last?.ms ?? 0 } : null,
    };
  }

  /** Recomputes and stores every city's metrics if the graph changed since they were stored; one run at a time
   *  (a call while one runs gets that run). Resolves with the state stored. */
  refreshMetrics(): Promise<MetricsState | undefined> {
    this.refreshing ??= this.refresh().finally(() => (this.refreshing = undefined));
    return this.refreshing;
  }

  /** Checks for a changed graph every `seconds` (one short round trip), in the background. */
  watch(seconds: number, onError: (err: unknown) => void): () => void {
    this.serving = true;
    const tick = () => void this.refreshMetrics().catch(onError);
    const timer = setInterval(tick, seconds * 1000);
    timer.unref();
    tick();
    return () => clearInterval(timer);
  }

  /** For the seed and import commands, after they wrote: the metrics of the new graph, then the thread ends. */
  async afterWrite(): Promise<MetricsState | undefined> {
    try {
      return await this.refreshMetrics();
    } finally {
      await this.close();
    }
  }

  close(): Promise<void> {
    return this.thread.close();
  }

  private async refresh(): Promise<MetricsState | undefined> {
    const marker = await this.db.lastCommit();
    if (this.last?.graphAt === marker) return this.last;
    if ((await this.repo.storedMarker()) === marker) return undefined; // stored by another process for this graph
    const world = await this.graphOf(AnalyticsQuerySchema.parse({}), marker);
    const { metrics, ms } = await this.metricsOf({ nodes: world.nodes, links: world.links });
    const by = `computed by ${COMPUTED_BY} from the graph as of commit ${marker}`;
    await this.repo.store(metrics.cities, marker, by);
    this.cache.metricsStored(); // the graph's bodies made meanwhile carry no metrics: made again on the next ask
    this.last = { graphAt: marker, ms, run: metrics.run };
    // The world's selection, with the metrics now, made again here rather than by the next request: it is the
    // same selection /api/graph cuts every whole-network view from (graph.routes.ts, selectionLimit), and the
    // first request after a start or a graph change would otherwise wait ~1–2 s of the main thread for it.
    // Only for a watching server (watch): a command that stores the metrics and ends has no one to serve.
    if (this.serving) void this.graphOf(AnalyticsQuerySchema.parse({}), marker).catch(() => {});
    return this.last;
  }

  private async figuresOf(selection: Selection): Promise<{ figures: GraphFigures; ms: number }> {
    if (selection.nodes.length <= INLINE_MAX_PLACES) return compute({ kind: 'figures', selection });
    return (await this.thread.run({ kind: 'figures', selection })) as { figures: GraphFigures; ms: number };
  }

  private async metricsOf(selection: Selection): Promise<{ metrics: MetricsResult; ms: number }> {
    return (await this.thread.run({ kind: 'metrics', selection })) as { metrics: MetricsResult; ms: number };
  }
}
