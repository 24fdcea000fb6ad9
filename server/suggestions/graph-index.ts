// The training graph in the compact form the signals are computed on: cities as 0…n-1, neighbour lists, degrees,
// countries, coordinates, a seeded Louvain community per city, and the country-pair affinity (how many ties two
// countries have against how many a degree-preserving random graph would give them). Built from a graphology graph
// (server/derived/graphology-graph.ts) so it is the same graph GET /api/graph serves.
import louvainModule from 'graphology-communities-louvain';
import type { CityGraph } from '../derived/graphology-graph.ts';
import { seededRandom } from '../derived/random.ts';

// CommonJS typings under NodeNext: the callable is the module's default at run time.
const louvain = louvainModule as unknown as (typeof louvainModule)['default'];

export interface GraphIndex {
  ids: string[];
  at: Map<string, number>;
  neighbours: Int32Array[];
  degree: Int32Array;
  /** Index into `countries`, -1 when unknown. */
  country: Int32Array;
  countries: string[];
  lat: Float64Array;
  lon: Float64Array;
  nameRu: (string | null)[];
  nameEn: (string | null)[];
  community: Int32Array;
  /** countries × countries: ln((observed + 1) / (expected + 1)) of ties between the two countries. */
  affinity: Float64Array;
  /** countries × countries: observed ties. */
  pairTies: Int32Array;
  /** Per city: its partners counted by country (country index → count). */
  partnersByCountry: Map<number, number>[];
  edges: number;
}

export function indexGraph(graph: CityGraph, seed: number): GraphIndex {
  const ids = graph.nodes();
  const at = new Map(ids.map((id, i) => [id, i]));
  const n = ids.length;
  const countries: string[] = [];
  const countryAt = new Map<string, number>();
  const country = new Int32Array(n).fill(-1);
  const lat = new Float64Array(n).fill(NaN);
  const lon = new Float64Array(n).fill(NaN);
  ids.forEach((id, i) => {
    const a = graph.getNodeAttributes(id);
    if (a.country) {
      let c = countryAt.get(a.country);
      if (c === undefined) countryAt.set(a.country, (c = countries.push(a.country) - 1));
      country[i] = c;
    }
    if (a.lat !== null && a.lon !== null) ((lat[i] = a.lat), (lon[i] = a.lon));
  });
  const neighbours = ids.map((id) => Int32Array.from(graph.neighbors(id), (m) => at.get(m)!));
  const degree = Int32Array.from(neighbours, (list) => list.length);
  const communities = louvain(graph, { rng: seededRandom(seed) });
  const community = Int32Array.from(ids, (id) => communities[id] ?? -1);

  const C = countries.length;
  const pairTies = new Int32Array(C * C);
  const countryDegree = new Float64Array(C);
  const partnersByCountry = ids.map(() => new Map<number, number>());
  graph.forEachEdge((_e, _a, s, t) => {
    const i = at.get(s)!;
    const j = at.get(t)!;
    const ci = country[i]!;
    const cj = country[j]!;
    if (cj >= 0) partnersByCountry[i]!.set(cj, (partnersByCountry[i]!.get(cj) ?? 0) + 1);
    if (ci >= 0) partnersByCountry[j]!.set(ci, (partnersByCountry[j]!.get(ci) ?? 0) + 1);
    if (ci < 0 || cj < 0) return;
    countryDegree[ci]! += 1;
    countryDegree[cj]! += 1;
    pairTies[ci * C + cj]! += 1;
    if (ci !== cj) pairTies[cj * C + ci]! += 1;
  });
  const m = graph.size;
  const affinity = new Float64Array(C * C);
  for (let x = 0; x < C; x++)
    for (let y = 0; y < C; y++) {
      // Expected ties between x and y in a random graph with the same country degrees (the configuration model).
      const expected =
        x === y ? (countryDegree[x]! * countryDegree[x]!) / (4 * m) : (countryDegree[x]! * countryDegree[y]!) / (2 * m);
      affinity[x * C + y] = Math.log((pairTies[x * C + y]! + 1) / (expected + 1));
    }
  const nameRu = ids.map((id) => graph.getNodeAttribute(id, 'nameRu'));
  const nameEn = ids.map((id) => graph.getNodeAttribute(id, 'nameEn'));
  return {
    ids,
    at,
    nameRu,
    nameEn,
    neighbours,
    degree,
    country,
    countries,
    lat,
    lon,
    community,
    affinity,
    pairTies,
    partnersByCountry,
    edges: m,
  };
}
