// Every city's centrality and community, computed at once on the whole graph (docs/analytics.md): PageRank
// (plain, and with ties weighted by their agreements) and betweenness by graphology-metrics, communities by
// graphology-communities-louvain (seeded), closeness within the component by breadth-first search. On large graphs
// betweenness and the largest component's closeness are estimated from seeded samples, as networkx does with `k`.
import * as louvainModule from 'graphology-communities-louvain';
import * as pagerankModule from 'graphology-metrics/centrality/pagerank.js';
import type { CityMetrics, MetricsRun } from '../../core/schemas/analytics.schema.ts';
import type { CityGraph } from '../derived/graphology-graph.ts';
import { bfs, components, degreeOf, toIndexed, type IndexedGraph } from '../derived/indexed-graph.ts';
import { sample, seededRandom } from '../derived/random.ts';

// graphology's packages are CommonJS with `export default` types: under NodeNext the namespace's `default` is the
// function (module.exports), which the types call `default.default`.
const louvain = louvainModule.default as unknown as typeof louvainModule.default.default;
const pagerank = pagerankModule.default as unknown as typeof pagerankModule.default.default;

/** Up to this many places, betweenness is exact (a search from every place); above, from BETWEENNESS_SOURCES. */
export const EXACT_BETWEENNESS_MAX = 3000;
const BETWEENNESS_SOURCES = 500;
/** Components up to this size get exact closeness; a larger one, from CLOSENESS_SOURCES sampled places. */
const EXACT_CLOSENESS_MAX = 3000;
const CLOSENESS_SOURCES = 500;
const SEED = 18;

export interface MetricsResult {
  cities: CityMetrics[];
  run: MetricsRun;
}

/** `weights`: a tie's id → its weight (its number of agreements, at least 1) for the weighted PageRank. */
export function cityMetrics(graph: CityGraph, weights: ReadonlyMap<string, number>): MetricsResult {
  const g = toIndexed(graph);
  const n = g.ids.length;
  const comps = components(g);
  const plain = n ? pagerank(graph, { getEdgeWeight: null }) : {};
  const weighted = n ? pagerank(graph, { getEdgeWeight: (edge: string) => weights.get(edge) ?? 1 }) : {};
  const between = betweenness(g);
  const { closeness, sources: closenessSources } = closenessWithin(g, comps);
  const communities = n ? louvain.detailed(graph, { getEdgeWeight: null, rng: seededRandom(SEED) }) : undefined;
  const community = bySize(g.ids, communities?.communities ?? {});
  const worldRank = ranks(g.ids, (id) => plain[id]!);
  const countryRank = new Map<string, number>();
  const countries = groupBy(g.ids, (id) => graph.getNodeAttribute(id, 'country') ?? '');
  for (const ids of countries.values()) for (const [id, r] of ranks(ids, (x) => plain[x]!)) countryRank.set(id, r);
  const cities = g.ids.map((id, i) => ({
    id,
    degree: degreeOf(g, i),
    pagerank: plain[id]!,
    pagerankWeighted: weighted[id]!,
    betweenness: between.values[i]!,
    closeness: closeness[i]!,
    community: community.get(id)!,
    component: comps.of[i]!,
    rankWorld: worldRank.get(id)!,
    rankCountry: countryRank.get(id)!,
  }));
  return {
    cities,
    run: {
      communities: new Set(community.values()).size,
      modularity: communities?.modularity ?? 0,
      betweennessSources: between.sources,
      closenessSources,
      exact: between.sources === n && closenessSources === n,
    },
  };
}

/** Normalised betweenness, as networkx's betweenness_centrality: Brandes' accumulation from every place (exact)
 *  on small graphs, from seeded sampled sources on large ones, scaled by n / k. On the flat arrays: one
 *  breadth-first search per source counts the shortest paths (sigma) in visiting order, and the accumulation walks
 *  that order back, a place's predecessors being its neighbours one step nearer (no lists of them are built). */
function betweenness(g: IndexedGraph): { values: Float64Array; sources: number } {
  const n = g.ids.length;
  const values = new Float64Array(n);
  if (n <= 2) return { values, sources: n }; // no pair to lie between: 0, as networkx
  const all = [...Array(n).keys()];
  const sources = n <= EXACT_BETWEENNESS_MAX ? all : sample(all, BETWEENNESS_SOURCES, seededRandom(SEED));
  const { offsets, neighbours } = g;
  const dist = new Int32Array(n).fill(-1);
  const sigma = new Float64Array(n);
  const delta = new Float64Array(n);
  const order = new Int32Array(n);
  for (const s of sources) {
    dist[s] = 0;
    sigma[s] = 1;
    order[0] = s;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const v = order[head++]!;
      const d = dist[v]! + 1;
      for (let e = offsets[v]!, end = offsets[v + 1]!; e < end; e++) {
        const w = neighbours[e]!;
        if (dist[w] === -1) {
          dist[w] = d;
          order[tail++] = w;
        }
        if (dist[w] === d) sigma[w] = sigma[w]! + sigma[v]!;
      }
    }
    for (let i = tail - 1; i > 0; i--) {
      const w = order[i]!;
      const coefficient = (1 + delta[w]!) / sigma[w]!;
      const before = dist[w]! - 1;
      for (let e = offsets[w]!, end = offsets[w + 1]!; e < end; e++) {
        const v = neighbours[e]!;
        if (dist[v] === before) delta[v] = delta[v]! + sigma[v]! * coefficient;
      }
      values[w] = values[w]! + delta[w]!;
    }
    for (let i = 0; i < tail; i++) {
      const v = order[i]!;
      dist[v] = -1;
      sigma[v] = 0;
      delta[v] = 0;
    }
  }
  const scale = (1 / ((n - 1) * (n - 2))) * (n / sources.length);
  for (let i = 0; i < n; i++) values[i] = values[i]! * scale;
  return { values, sources: sources.length };
}

/** Closeness within each place's component: (reached − 1) / the sum of distances to them (0 when alone). Exact
 *  for components up to EXACT_CLOSENESS_MAX; a larger one's from searches out of sampled places p, as
 *  k / Σ d(p, v) (the same ratio, its sum estimated from the sample). */
function closenessWithin(g: IndexedGraph, comps: ReturnType<typeof components>) {
  const n = g.ids.length;
  const closeness = new Float64Array(n);
  const sums = new Float64Array(n);
  const counts = new Int32Array(n);
  const dist = new Int32Array(n);
  const queue = new Int32Array(n);
  const members = groupBy([...Array(n).keys()], (i) => comps.of[i]!);
  let sources = 0;
  for (const [c, ids] of members) {
    const exact = comps.sizes[c]! <= EXACT_CLOSENESS_MAX;
    const from = exact ? ids : sample(ids, CLOSENESS_SOURCES, seededRandom(SEED + c));
    sources += from.length;
    for (const s of from) {
      const reached = bfs(g, s, dist, queue);
      if (exact) {
        let sum = 0;
        for (let i = 0; i < reached; i++) sum += dist[queue[i]!]!;
        closeness[s] = sum > 0 ? (reached - 1) / sum : 0;
      } else
        for (let i = 1; i < reached; i++) {
          const v = queue[i]!;
          sums[v] = sums[v]! + dist[v]!;
          counts[v] = counts[v]! + 1;
        }
    }
    if (!exact) for (const v of ids) closeness[v] = sums[v]! > 0 ? counts[v]! / sums[v]! : 0;
  }
  return { closeness, sources };
}

/** Louvain's community numbers renumbered by size, largest first (ties: the smaller first member id). */
function bySize(ids: string[], raw: Record<string, number>): Map<string, number> {
  const groups = [...groupBy(ids, (id) => raw[id] ?? -1).values()].map((m) => m.sort());
  groups.sort((a, b) => b.length - a.length || (a[0]! < b[0]! ? -1 : 1));
  return new Map(groups.flatMap((m, i) => m.map((id) => [id, i] as const)));
}

/** Rank 1… by descending value (ties: by id). */
function ranks(ids: string[], value: (id: string) => number): Map<string, number> {
  const sorted = [...ids].sort((a, b) => value(b) - value(a) || (a < b ? -1 : 1));
  return new Map(sorted.map((id, i) => [id, i + 1]));
}

function groupBy<T, K>(items: Iterable<T>, key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
