// Cutting a view out of a selection: its first `limit` links, the cities they touch, and the licence credits of
// the sources those links and the shown coordinates cite. Pure and synchronous — the selection carries its
// sources' licences — so it runs as well in the graph bodies' thread (graph-bodies.ts) as on the main thread.
import type { Graph, GraphLink, GraphNode, GraphQuery } from '../../core/schemas/graph.schema.ts';

export interface GraphPart {
  nodes: GraphNode[];
  links: GraphLink[];
  /** The stored sources of the coordinates of those nodes that have them (for the attribution). */
  coordinatesSources: Map<string, string[]>;
  /** The licence of each source the part cites that has one, by source id. */
  licences: Record<string, string>;
}

/** The source ids a part cites: its links' and its coordinates'. */
export const citedSources = (p: Pick<GraphPart, 'links' | 'coordinatesSources'>): Set<string> =>
  new Set([...p.links.flatMap((l) => l.sources), ...[...p.coordinatesSources.values()].flat()]);

/** The graph of `q` from a selection made with `q` or with a larger limit (links come in a fixed order, so a larger
 *  selection cut to `q.limit` equals the smaller one): the response cache shares one selection among nearby
 *  limits. */
export function cutPart(part: GraphPart, q: GraphQuery): Graph {
  const truncated = part.links.length > q.limit;
  const links = truncated ? part.links.slice(0, q.limit) : part.links;
  const nodes = truncated || !q.focus ? keepLinked(part, links) : part.nodes;
  const coordinates = nodes.flatMap((n) => (n.lat === null ? [] : (part.coordinatesSources.get(n.id) ?? [])));
  // In source id order, each licence once (as the sources are listed by id).
  const cited = [...new Set([...links.flatMap((l) => l.sources), ...coordinates])].sort();
  const attribution = [...new Set(cited.flatMap((id) => (part.licences[id] ? [part.licences[id]] : [])))];
  return { nodes, links, truncated, attribution };
}

/** The nodes that the kept links touch (the focus city stays even when it has no ties). */
function keepLinked(part: GraphPart, links: Graph['links']) {
  const used = new Set(links.flatMap((l) => [l.source, l.target]));
  return part.nodes.filter((n) => used.has(n.id));
}

/** A selection as UTF-8 JSON in shared memory: what the response cache keeps, and what the graph bodies' thread
 *  is sent without a copy. As a string, the world's 7.6 MB were copied on the main thread for every job posted to
 *  the thread — 35 ms quiet, up to a second under load and garbage collection, once per queued job (a profiled
 *  soak: 2.6 s of the main thread in the load's first 28 s); a SharedArrayBuffer is posted as a reference. */
export function partBytes(p: GraphPart): Uint8Array {
  const text = JSON.stringify({ ...p, coordinatesSources: [...p.coordinatesSources] });
  const bytes = new Uint8Array(new SharedArrayBuffer(Buffer.byteLength(text)));
  Buffer.from(bytes.buffer, 0, bytes.byteLength).write(text);
  return bytes;
}

const partOf = (bytes: Uint8Array): GraphPart => {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  const p = JSON.parse(text) as Omit<GraphPart, 'coordinatesSources'> & {
    coordinatesSources: Array<[string, string[]]>;
  };
  return { ...p, coordinatesSources: new Map(p.coordinatesSources) };
};

/** A parser of selections that keeps the last `kept` it parsed by their key (cache key and graph marker): the
 *  world's is ~100 MB of objects and ~200 ms to parse, and `cutPart` only reads it, so one parsed copy serves every
 *  view cut from it. A selection with no key (the response cache is off) is parsed each time. */
export function parsedSelections(kept: number) {
  const parsed: Array<{ key: string; part: GraphPart }> = [];
  return ({ key, bytes }: { key: string | undefined; bytes: Uint8Array }): GraphPart => {
    const hit = key === undefined ? undefined : parsed.find((e) => e.key === key)?.part;
    if (hit) return hit;
    const part = partOf(bytes);
    if (key !== undefined) {
      parsed.unshift({ key, part });
      parsed.length = Math.min(parsed.length, kept);
    }
    return part;
  };
}
