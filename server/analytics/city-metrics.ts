// Every city's centrality and community, computed at once on the whole graph (docs/analytics.md): PageRank
// (plain, and with ties weighted by their agreements) and betweenness by graphology-metrics, communities by
// graphology-communities-louvain (seeded), closeness within the component by breadth-first search. On large graphs
// betweenness and the largest component's closeness are estimated from seeded samples, as networkx does with `k`.
import * as louvainModule from 'graphology-communities-louvain';
import * as betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import * as pagerankModule from 'graphology-metrics/centrality/pagerank.js';
import { createUnweightedIndexedBrandes } from 'graphology-shortest-path/indexed-brandes.js';
import type { CityMetrics, MetricsRun } from '../../core/schemas/analytics.schema.ts';
import type { CityGraph } from '../derived/graphology-graph.ts';
import { bfs, components, degreeOf, toIndexed, type IndexedGraph } from '../derived/indexed-graph.ts';
import { sample, seededRandom } from '../derived/random.ts';

// graphology's packages are CommonJS with `export default` types: under NodeNext the namespace's `default` is the
// function (module.exports), which the types call `default.default`.
const louvain = louvainModule.default as unknown as typeof louvainModule.default.default;
const betweennessCentrality = betweennessModule.default as unknown as typeof betweennessModule.default.default;
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
  const between = betweenness(graph);
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

/** Normalised betweenness, as networkx's betweenness_centrality: exact on small graphs; on large ones Brandes'
 *  accumulation from seeded sampled sources, scaled by n / k. */
function betweenness(graph: CityGraph): { values: Float64Array; sources: number } {
  const n = graph.order;
  if (n <= EXACT_BETWEENNESS_MAX) {
    const exact = betweennessCentrality(graph, { getEdgeWeight: null, normalized: true });
    return { values: Float64Array.from(graph.nodes(), (id) => exact[id] ?? 0), sources: n };
  }
  const brandes = createUnweightedIndexedBrandes(graph);
  const sources = sample([...Array(n).keys()], BETWEENNESS_SOURCES, seededRandom(SEED));
  const delta = new Float64Array(n);
  const values = new Float64Array(n);
  for (const s of sources) {
    const [stack, predecessors, sigma] = brandes(s);
    delta.fill(0);
    while (stack.size !== 0) {
      const w = stack.pop()!;
      const coefficient = (1 + delta[w]!) / sigma[w]!;
      for (const v of predecessors[w]!) delta[v] = delta[v]! + sigma[v]! * coefficient;
      if (w !== s) values[w] = values[w]! + delta[w]!;
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
