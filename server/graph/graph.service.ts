// Selecting what to draw: the whole filtered network, or a focus city and its neighbourhood (breadth-first,
// `depth` steps through ties that pass the filters). Links are capped at `limit`; the attribution lists the
// licence credits of the sources the shown links cite and of those the shown coordinates come from.
import { NotFoundError } from '../errors/errors.ts';
import type { Graph, GraphQuery } from '../../core/schemas/graph.schema.ts';
import type { SourceRepository } from '../sources/source.repository.ts';
import type { GraphPart, GraphRepository } from './graph.repository.ts';

export type { GraphPart };

export class GraphService {
  constructor(
    private readonly graph: GraphRepository,
    private readonly sources: SourceRepository,
  ) {}

  /** `marker`: the graph's last-commit marker the caller works under (the response cache's); read when not given. */
  async get(q: GraphQuery, marker?: string): Promise<Graph> {
    return this.cut(await this.select(q, marker), q);
  }

  /** What `get` reads from the database: the view's cities and its first `q.limit + 1` links in the order shown,
   *  the cities with their stored metrics when those are of the graph as of `marker`. */
  async select(q: GraphQuery, marker?: string): Promise<GraphPart> {
    const at = marker ?? (await this.graph.marker());
    return q.focus ? this.neighbourhood(q.focus, q, at) : this.graph.whole(q, at);
  }

  /** The graph of `q` from a selection made with `q` or with a larger limit (links come in a fixed order, so a
   *  larger selection cut to `q.limit` equals the smaller one): the response cache shares one selection among
   *  nearby limits. */
  async cut(part: GraphPart, q: GraphQuery): Promise<Graph> {
    const truncated = part.links.length > q.limit;
    const links = truncated ? part.links.slice(0, q.limit) : part.links;
    const nodes = truncated || !q.focus ? keepLinked(part, links) : part.nodes;
    const coordinates = nodes.flatMap((n) => (n.lat === null ? [] : (part.coordinatesSources.get(n.id) ?? [])));
    return {
      nodes,
      links,
      truncated,
      attribution: await this.attribution([...links.flatMap((l) => l.sources), ...coordinates]),
    };
  }

  /** The cities of the focus neighbourhood `get` would show (null without a focus), for exports. */
  async focusIds(q: GraphQuery): Promise<string[] | null> {
    return q.focus ? (await this.neighbourhood(q.focus, q, '')).nodes.map((n) => n.id) : null;
  }

  private async neighbourhood(focus: string, q: GraphQuery, graphAt: string): Promise<GraphPart> {
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

  /** The licence credits of the given sources (the shown ties' and the shown coordinates'), once each. */
  private async attribution(sourceIds: string[]): Promise<string[]> {
    const sources = await this.sources.byIds(new Set(sourceIds));
    return [...new Set(sources.flatMap((s) => (s.licence ? [s.licence] : [])))];
  }
}

/** The nodes that the kept links touch (the focus city stays even when it has no ties). */
function keepLinked(part: GraphPart, links: Graph['links']) {
  const used = new Set(links.flatMap((l) => [l.source, l.target]));
  return part.nodes.filter((n) => used.has(n.id));
}
