// Selecting what to draw: the whole filtered network, or a focus city and its neighbourhood (breadth-first,
// `depth` steps through ties that pass the filters). Links are capped at `limit`; the attribution lists the
// licence credits of the sources the shown links cite and of those the shown coordinates come from.
import { NotFoundError } from '../errors/errors.ts';
import type { Graph, GraphQuery } from '../../core/schemas/graph.schema.ts';
import type { SourceRepository } from '../sources/source.repository.ts';
import { citedSources, cutPart, type GraphPart } from './graph-cut.ts';
import type { GraphRepository, PartRead } from './graph.repository.ts';

export type { GraphPart };

export class GraphService {
  constructor(
    private readonly graph: GraphRepository,
    private readonly sources: SourceRepository,
  ) {}

  /** `marker`: the graph's last-commit marker the caller works under (the response cache's); read when not given. */
  async get(q: GraphQuery, marker?: string): Promise<Graph> {
    return cutPart(await this.select(q, marker), q);
  }

  /** What `get` reads from the database: the view's cities and its first `q.limit + 1` links in the order shown,
   *  the cities with their stored metrics when those are of the graph as of `marker`, and the licences of the
   *  sources they cite (so `cut` needs no database). */
  async select(q: GraphQuery, marker?: string): Promise<GraphPart> {
    const at = marker ?? (await this.graph.marker());
    const part = q.focus ? await this.neighbourhood(q.focus, q, at) : await this.graph.whole(q, at);
    const sources = await this.sources.byIds(citedSources(part));
    return { ...part, licences: Object.fromEntries(sources.flatMap((s) => (s.licence ? [[s.id, s.licence]] : []))) };
  }

  /** The cities of the focus neighbourhood `get` would show (null without a focus), for exports. */
  async focusIds(q: GraphQuery): Promise<string[] | null> {
    return q.focus ? (await this.neighbourhood(q.focus, q, '')).nodes.map((n) => n.id) : null;
  }

  private async neighbourhood(focus: string, q: GraphQuery, graphAt: string): Promise<PartRead> {
    const seen = new Set([focus]);
    let frontier = [focus];
    for (let step = 0; step < q.depth && frontier.length > 0; step++) {
      frontier = (await this.graph.neighbours(frontier, q)).filter((id) => !seen.has(id));
      for (const id of frontier) seen.add(id);
    }
    const part = await this.graph.among([...seen], q, graphAt);
    if (!part.nodes.some((n) => n.id === focus)) throw new NotFoundError('city', focus);
    return part;
  }
}
