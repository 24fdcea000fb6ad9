// The whole-graph figures network studies of sister cities report (Kaltenbrunner et al. 2013; KONECT "twin"):
// size, components, degree distribution and its power-law fit, assortativity, clustering, triangles, distances,
// density. Definitions follow networkx's, which the tests check them against (tests/api/analytics.test.ts).
import type { GraphFigures } from '../../core/schemas/analytics.schema.ts';
import type { CityGraph } from '../derived/graphology-graph.ts';
import { bfs, components, degreeOf, toIndexed, type IndexedGraph } from '../derived/indexed-graph.ts';
import { sample, seededRandom } from '../derived/random.ts';

/** Up to this many places in the largest component, distances are exact (a search from every place); above it,
 *  they are estimated from DISTANCE_SOURCES sampled searches. */
export const EXACT_DISTANCES_MAX = 4000;
const DISTANCE_SOURCES = 400;

export function graphFigures(graph: CityGraph): GraphFigures {
  const g = toIndexed(graph);
  const n = g.ids.length;
  const m = graph.size;
  const comps = components(g);
  const largest = comps.sizes[0] ?? 0;
  const inLargest = [...comps.of.keys()].filter((i) => comps.of[i] === 0);
  const largestTies = inLargest.reduce((s, i) => s + degreeOf(g, i), 0) / 2;
  const degrees = Array.from({ length: n }, (_, i) => degreeOf(g, i));
  const { triangles, averageClustering, transitivity } = clustering(g);
  return {
    places: n,
    ties: m,
    density: n > 1 ? (2 * m) / (n * (n - 1)) : null,
    components: comps.sizes.length,
    largestComponent: { places: largest, ties: largestTies },
    degree: {
      mean: n ? (2 * m) / n : 0,
      max: Math.max(0, ...degrees),
      distribution: distribution(degrees),
      powerLaw: powerLawFit(degrees),
    },
    assortativity: assortativity(g),
    averageClustering,
    transitivity,
    triangles,
    ...distances(g, inLargest),
  };
}

function distribution(degrees: number[]) {
  const counts = new Map<number, number>();
  for (const d of degrees) counts.set(d, (counts.get(d) ?? 0) + 1);
  return [...counts].sort((a, b) => a[0] - b[0]).map(([degree, count]) => ({ degree, count }));
}

/** Pearson's r of the degrees at the two ends of every tie, each tie counted both ways (networkx's
 *  degree_assortativity_coefficient). Null when it is undefined (no ties, or every end has the same degree). */
function assortativity(g: IndexedGraph): number | null {
  let sxy = 0;
  let sx = 0;
  let sxx = 0;
  let count = 0;
  for (let v = 0; v < g.ids.length; v++) {
    const dv = degreeOf(g, v);
    for (let e = g.offsets[v]!; e < g.offsets[v + 1]!; e++) {
      const dw = degreeOf(g, g.neighbours[e]!);
      sxy += dv * dw;
      sx += dv;
      sxx += dv * dv;
      count++;
    }
  }
  if (!count) return null;
  const mean = sx / count;
  const variance = sxx / count - mean * mean;
  return variance > 1e-12 ? (sxy / count - mean * mean) / variance : null;
}

/** Triangles (each once), the mean of the local clustering coefficients (0 for places with fewer than two ties,
 *  as networkx counts them) and transitivity (3 × triangles / connected triples). */
function clustering(g: IndexedGraph) {
  const n = g.ids.length;
  const mark = new Int32Array(n).fill(-1);
  const at = new Float64Array(n); // triangles through each place
  let triples = 0;
  for (let v = 0; v < n; v++) {
    for (let e = g.offsets[v]!; e < g.offsets[v + 1]!; e++) mark[g.neighbours[e]!] = v;
    for (let e = g.offsets[v]!; e < g.offsets[v + 1]!; e++) {
      const w = g.neighbours[e]!;
      if (w <= v) continue;
      for (let f = g.offsets[w]!; f < g.offsets[w + 1]!; f++) {
        const x = g.neighbours[f]!;
        if (x > w && mark[x] === v) {
          at[v] = at[v]! + 1;
          at[w] = at[w]! + 1;
          at[x] = at[x]! + 1;
        }
      }
    }
    const d = degreeOf(g, v);
    triples += (d * (d - 1)) / 2;
  }
  let triangles3 = 0;
  let local = 0;
  for (let v = 0; v < n; v++) {
    const d = degreeOf(g, v);
    triangles3 += at[v]!;
    if (d >= 2) local += at[v]! / ((d * (d - 1)) / 2);
  }
  return {
    triangles: Math.round(triangles3 / 3),
    averageClustering: n ? local / n : null,
    transitivity: triples ? triangles3 / triples : null,
  };
}

/** Diameter and mean distance of the largest component: exact up to EXACT_DISTANCES_MAX places, else from
 *  DISTANCE_SOURCES seeded samples, the diameter then a lower bound made tighter by double sweeps (a search from
 *  the farthest place found), with 2 × the smallest eccentricity seen as its upper bound. */
function distances(g: IndexedGraph, inLargest: number[]): Pick<GraphFigures, 'diameter' | 'meanDistance'> {
  const size = inLargest.length;
  if (size < 2) {
    const none = { value: size === 1 ? 0 : null, exact: true, sources: size };
    return { diameter: { ...none, upperBound: null }, meanDistance: none };
  }
  const exact = size <= EXACT_DISTANCES_MAX;
  const sources = exact ? inLargest : sample(inLargest, DISTANCE_SOURCES, seededRandom(1));
  const dist = new Int32Array(g.ids.length);
  const queue = new Int32Array(g.ids.length);
  let lower = 0;
  let minEccentricity = Infinity;
  let farthest = sources[0]!;
  let total = 0;
  const search = (s: number) => {
    const reached = bfs(g, s, dist, queue);
    const last = queue[reached - 1]!;
    const ecc = dist[last]!;
    let sum = 0;
    for (let i = 0; i < reached; i++) sum += dist[queue[i]!]!;
    if (ecc > lower) [lower, farthest] = [ecc, last];
    minEccentricity = Math.min(minEccentricity, ecc);
    return sum;
  };
  for (const s of sources) total += search(s);
  const meanDistance = total / (sources.length * (size - 1));
  for (let sweep = 0, before = -1; !exact && sweep < 10 && lower > before; sweep++) {
    before = lower;
    search(farthest);
  }
  return {
    diameter: { value: lower, exact, sources: sources.length, upperBound: exact ? lower : 2 * minEccentricity },
    meanDistance: { value: meanDistance, exact, sources: sources.length },
  };
}

/** The discrete power law's exponent by maximum likelihood (Clauset, Shalizi & Newman 2009, eq. 3.7's
 *  approximation), with kMin the one whose fit is closest to the data (Kolmogorov–Smirnov); null with too few
 *  places of degree ≥ 1 to fit. */
export function powerLawFit(degrees: number[]): GraphFigures['degree']['powerLaw'] {
  const ks = degrees.filter((d) => d >= 1).sort((a, b) => a - b);
  const candidates = [...new Set(ks)];
  let best: NonNullable<GraphFigures['degree']['powerLaw']> | null = null;
  for (const kMin of candidates) {
    const tail = ks.filter((d) => d >= kMin);
    if (tail.length < 10) break;
    const alpha = 1 + tail.length / tail.reduce((s, d) => s + Math.log(d / (kMin - 0.5)), 0);
    if (!Number.isFinite(alpha)) continue;
    const distance = ksDistance(tail, kMin, alpha);
    if (!best || distance < best.ks) best = { alpha, kMin, tail: tail.length, ks: distance };
  }
  return best;
}

/** The largest gap between the tail's empirical distribution and the fitted one, P(K ≥ k) ≈ ((k-½)/(kMin-½))^(1-α). */
function ksDistance(tail: number[], kMin: number, alpha: number): number {
  let worst = 0;
  for (let i = 0; i < tail.length; i++) {
    if (i > 0 && tail[i] === tail[i - 1]) continue;
    const empirical = i / tail.length; // share below tail[i]
    const model = 1 - ((tail[i]! - 0.5) / (kMin - 0.5)) ** (1 - alpha);
    worst = Math.max(worst, Math.abs(empirical - model));
  }
  return worst;
}
