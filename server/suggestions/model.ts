// Learning the suggestion model from the graph itself: hide a seeded 10 % of the ties (never leaving a city
// without ties), compute the signals on the rest, and fit a logistic regression that tells the hidden ties from
// cities that were not tied (half drawn at random, half from the source's neighbourhood, where the hard
// choices are). The fitted weights then score pairs on the whole graph given to `fitSuggester`.
import type { CityGraph } from '../derived/graphology-graph.ts';
import { indexGraph, type GraphIndex } from './graph-index.ts';
import { fitLogistic, logit, type LogisticModel } from './logistic.ts';
import { seededRandom, shuffle, type Rng } from '../derived/random.ts';
import { distanceKm, FEATURE_COUNT, Signals } from './signals.ts';

/** Scores (logits) that the hidden ties reached while fitting: the better half reached `strong`, 80 % `moderate`. */
export interface Strength {
  strong: number;
  moderate: number;
}

export interface Suggester {
  ix: GraphIndex;
  model: LogisticModel;
  signals: Signals;
  strength: Strength;
}

/** Up to `fraction` of the graph's ties (or `count`), chosen at random among those whose removal leaves both
 *  cities with a tie; `skip` ties are never chosen. Returns the ties' keys. */
export function holdOut(graph: CityGraph, count: number, rng: Rng, skip: ReadonlySet<string> = new Set()): string[] {
  const left = new Map(graph.nodes().map((id) => [id, graph.degree(id)]));
  const keys = shuffle(graph.edges(), rng);
  const out: string[] = [];
  for (const key of keys) {
    if (out.length >= count) break;
    if (skip.has(key)) continue;
    const [s, t] = graph.extremities(key);
    if (left.get(s)! <= 1 || left.get(t)! <= 1) continue;
    left.set(s, left.get(s)! - 1);
    left.set(t, left.get(t)! - 1);
    out.push(key);
  }
  return out;
}

export function withoutTies(graph: CityGraph, keys: readonly string[]): CityGraph {
  const copy = graph.copy() as CityGraph;
  for (const key of keys) copy.dropEdge(key);
  return copy;
}

const NEGATIVES_RANDOM = 20;
const NEGATIVES_NEAR = 30;
/** Total weight of a source's negatives against its one positive (sets the intercept's scale, not the order). */
const NEGATIVE_WEIGHT = 20;

/** Fits the model on `graph` (seeded) and indexes `graph` to score with it. */
export function fitSuggester(graph: CityGraph, seed: number): Suggester {
  const rng = seededRandom(seed);
  const hidden = holdOut(graph, Math.round(graph.size * 0.1), rng);
  const inner = withoutTies(graph, hidden);
  const ix = indexGraph(inner, seed);
  const signals = new Signals(ix);
  const n = ix.ids.length;
  const X: Float64Array[] = [];
  const y: number[] = [];
  const w: number[] = [];
  for (const key of hidden) {
    const ends = graph.extremities(key).map((id) => ix.at.get(id)!);
    const flip = rng() < 0.5;
    const a = ends[flip ? 1 : 0]!;
    const b = ends[flip ? 0 : 1]!;
    signals.prepare(a);
    const partners = new Set(ix.neighbours[a]);
    X.push(signals.features(b, new Float64Array(FEATURE_COUNT)));
    y.push(1);
    w.push(1);
    // Negatives stand for every candidate of a: the near ones (sharing a partner or a path of length 3, where the
    // ranking is decided) sampled apart from the far ones, each weighted by the share of candidates it stands for,
    // so the fit sees the whole population yet learns the order among near cities from more than a few rows.
    const near = [...new Set(signals.nearCandidates())].filter((c) => signals.isCandidate(c, partners));
    const nearSet = new Set(near);
    const farCount = n - 1 - partners.size - near.length;
    const draw = (pool: number[] | null): number => {
      for (let tries = 0; tries < 20; tries++) {
        const c = pool ? pool[Math.floor(rng() * pool.length)]! : Math.floor(rng() * n);
        if (c === b || !signals.isCandidate(c, partners) || (!pool && nearSet.has(c))) continue;
        if (graph.hasEdge(ix.ids[a]!, ix.ids[c]!)) continue;
        return c;
      }
      return -1;
    };
    const groups: [number[] | null, number, number][] = [
      [near, near.length > 0 ? NEGATIVES_NEAR : 0, near.length],
      [null, NEGATIVES_RANDOM, farCount],
    ];
    for (const [pool, count, represents] of groups) {
      for (let k = 0; k < count; k++) {
        const c = draw(pool);
        if (c < 0) continue;
        X.push(signals.features(c, new Float64Array(FEATURE_COUNT)));
        y.push(0);
        w.push((NEGATIVE_WEIGHT * represents) / count / Math.max(1, n));
      }
    }
  }
  const model = fitLogistic(X, y, 1, w);
  const positives = X.filter((_, i) => y[i] === 1)
    .map((x) => logit(model, x))
    .sort((p, q) => q - p);
  const at = (share: number) => positives[Math.floor(share * (positives.length - 1))] ?? Infinity;
  const full = indexGraph(graph, seed);
  return { ix: full, model, signals: new Signals(full), strength: { strong: at(0.5), moderate: at(0.8) } };
}

/** Scores of every city as a partner for `a` (prepares the suggester's signals for `a`); NaN for non-candidates.
 *  The same logit as `logit(model, signals.features(c))`, in one pass: the terms shared by a country are computed
 *  once per country, the neighbourhood terms only where a's neighbourhood reaches (tested equal in
 *  tests/unit/suggest-model.test.ts). This is the request path: ~17 000 cities per call. */
export function scoreAll(s: Suggester, a: number, out = new Float64Array(s.ix.ids.length)): Float64Array {
  const { ix, signals, model } = s;
  const w = model.weights;
  signals.prepare(a);
  const { country, degree, community, lat, lon, neighbours, affinity } = ix;
  const n = ix.ids.length;
  const C = ix.countries.length;
  const ca = country[a]!;
  const da = Math.log1p(degree[a]!);
  const countryTerm = new Float64Array(C + 1); // by country index + 1 (0: unknown)
  for (let cc = 0; cc < C; cc++)
    countryTerm[cc + 1] =
      (ca >= 0 ? w[6]! * affinity[ca * C + cc]! + (ca === cc ? w[7]! : 0) : 0) +
      w[8]! * Math.log1p(signals.byCountry[cc]!);
  // Each city's partners in a's country.
  const inCountry = new Int32Array(n);
  if (ca >= 0) for (let y = 0; y < n; y++) if (country[y] === ca) for (const c of neighbours[y]!) inCountry[c]!++;
  const skip = new Uint8Array(n);
  skip[a] = 1;
  for (const p of neighbours[a]!) skip[p] = 1;
  const base = model.intercept + w[5]! * da;
  const knownA = !Number.isNaN(lat[a]!);
  const ma = community[a]!;
  for (let c = 0; c < n; c++) {
    if (skip[c]) {
      out[c] = NaN;
      continue;
    }
    const dc = Math.log1p(degree[c]!);
    let v =
      base +
      w[4]! * dc +
      countryTerm[country[c]! + 1]! +
      (ca >= 0 ? w[9]! * Math.log1p(inCountry[c]!) : 0) +
      (ma >= 0 && community[c] === ma ? w[10]! : 0) -
      w[11]! * Math.abs(da - dc);
    v +=
      knownA && !Number.isNaN(lat[c]!)
        ? (w[12]! * Math.log1p(distanceKm(lat[a]!, lon[a]!, lat[c]!, lon[c]!))) / 10
        : w[13]!;
    const cn = signals.common[c]!;
    const p3 = signals.paths3[c]!;
    if (cn > 0 || p3 > 0)
      v +=
        w[0]! * Math.log1p(cn) +
        w[1]! * signals.adamicAdar[c]! +
        w[2]! * 10 * signals.resource[c]! +
        w[3]! * Math.log1p(p3) +
        (cn > 0 ? w[14]! : 0) +
        (p3 > 0 ? w[15]! : 0);
    out[c] = v;
  }
  return out;
}
