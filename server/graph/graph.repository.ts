// The graph as nodes and links: the whole (filtered) network, the ties among given cities, and BFS steps.
import { z } from 'zod';
import { int } from 'neo4j-driver';
import type { Database } from '../db/database.ts';
import type { GraphPart } from './graph-cut.ts';
import { GraphLinkSchema, GraphNodeSchema, type GraphNode, type GraphQuery } from '../../core/schemas/graph.schema.ts';

/** get-graph and get-subgraph return each link and node as a list of values in its schema's key order. */
const linkKeys = Object.keys(GraphLinkSchema.shape);
const nodeKeys = Object.keys(GraphNodeSchema.shape);
const named = (keys: string[]) => (values: unknown[]) => Object.fromEntries(keys.map((k, i) => [k, values[i]]));
const Row = z.object({
  links: z.array(z.array(z.unknown()).transform(named(linkKeys)).pipe(GraphLinkSchema)),
  nodes: z.array(z.array(z.unknown())),
});
/** After a node's values comes the sources of its coordinates, when the city stores them (curated cities). */
const NodeCoordinatesSources = z.array(z.string()).nullable();

/** A selection as read: its sources' licences are added by the service (GraphService.select). */
export type PartRead = Omit<GraphPart, 'licences'>;

/** 3 significant digits: enough to size a circle, and half the bytes of a double on the world's 17 000 nodes. */
const short = (x: number | null | undefined) => (x == null ? null : Number(x.toPrecision(3)));

function toPart(row: unknown): PartRead {
  const { links, nodes: values } = Row.parse(row);
  const nodes = values.map((v): GraphNode => {
    const { community, pagerank, pagerankWeighted, betweenness, closeness, ...n } = GraphNodeSchema.parse(
      named(nodeKeys)(v),
    );
    // Not computed (yet) for this graph: the keys are left out — ~100 bytes a node, 1.7 MB on the world.
    if (community == null) return n;
    return {
      ...n,
      community,
      pagerank: short(pagerank),
      pagerankWeighted: short(pagerankWeighted),
      betweenness: short(betweenness),
      closeness: short(closeness),
    };
  });
  const coordinatesSources = new Map<string, string[]>();
  values.forEach((v, i) => {
    const sources = NodeCoordinatesSources.parse(v[nodeKeys.length] ?? null);
    if (sources) coordinatesSources.set(nodes[i]!.id, sources);
  });
  return { nodes, links, coordinatesSources };
}

export function filterParams(q: GraphQuery) {
  return {
    countries: q.country ?? null,
    kinds: q.kind ?? null,
    from: q.from ?? null,
    to: q.to ?? null,
    includeUndated: q.undated === 'include',
    limit: int(q.limit),
  };
}

export class GraphRepository {
  constructor(private readonly db: Database) {}

  /** The graph's marker now: the nodes carry the stored metrics only when they are of it (never an older graph's). */
  marker(): Promise<string> {
    return this.db.lastCommit();
  }

  /** At most `limit + 1` links, so the caller can tell whether it truncated. */
  async whole(q: GraphQuery, graphAt: string): Promise<PartRead> {
    const [row] = await this.db.read('get-graph', { ...filterParams(q), graphAt });
    return row ? toPart(row) : { nodes: [], links: [], coordinatesSources: new Map() };
  }

  async among(ids: string[], q: GraphQuery, graphAt: string): Promise<PartRead> {
    const [row] = await this.db.read('get-subgraph', { ...filterParams(q), ids, graphAt });
    return row ? toPart(row) : { nodes: [], links: [], coordinatesSources: new Map() };
  }

  async neighbours(ids: string[], q: GraphQuery): Promise<string[]> {
    const [row] = await this.db.read<{ ids: string[] }>('list-tie-neighbours', { ...filterParams(q), ids });
    return row?.ids ?? [];
  }
}
