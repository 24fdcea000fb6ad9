// The honest test of the suggestions (docs/suggestions.md, `npm run eval:suggest`): hide real ties, fit on the
// rest, and for each hidden tie (a, b) rank every candidate for a — by the model and by the standard link
// prediction baselines, in the same pass. Ties in scores are broken at random *in expectation* (a score that
// cannot tell b from 500 others is credited as the average of those places), so no method gains from the order
// cities happen to be stored in.
import type { CityGraph } from '../derived/graphology-graph.ts';
import { fitSuggester, holdOut, scoreAll, withoutTies, type Suggester } from './model.ts';
import { seededRandom } from '../derived/random.ts';

export const METHODS = [
  'random',
  'preferentialAttachment',
  'commonNeighbours',
  'adamicAdar',
  'resourceAllocation',
  'model',
] as const;
export type Method = (typeof METHODS)[number];
export const BASELINES = METHODS.filter((m) => m !== 'model' && m !== 'random');

export interface Metrics {
  recall10: number;
  recall50: number;
  mrr: number;
  auc: number;
}
export const METRICS = ['recall10', 'recall50', 'mrr', 'auc'] as const;

const harmonic = (n: number) =>
  n < 64
    ? Array.from({ length: n }, (_, i) => 1 / (i + 1)).reduce((s, v) => s + v, 0)
    : Math.log(n) + 0.5772156649 + 1 / (2 * n) - 1 / (12 * n * n);

/** One query's metrics from b's standing: `greater` candidates scored above b, `equal` others tied with it, of
 *  `total` candidates other than b. */
export function standing(greater: number, equal: number, total: number): Metrics {
  const within = (k: number) => Math.max(0, Math.min(1, (k - greater) / (equal + 1)));
  return {
    recall10: within(10),
    recall50: within(50),
    mrr: (harmonic(greater + equal + 1) - harmonic(greater)) / (equal + 1),
    auc: total > 0 ? (total - greater - equal + equal / 2) / total : 1,
  };
}

export interface Query {
  a: string;
  b: string;
}

/** Every method's metrics for hidden tie (a, b) on the suggester's (training) graph; with `country`, only the
 *  candidates in that country compete. */
export function rankQuery(s: Suggester, q: Query, country?: number): Record<Method, Metrics> {
  const { ix, signals } = s;
  const a = ix.at.get(q.a)!;
  const b = ix.at.get(q.b)!;
  const model = scoreAll(s, a); // also prepares the signals for a
  const score: Record<Method, (c: number) => number> = {
    random: () => 0,
    preferentialAttachment: (c) => ix.degree[c]!,
    commonNeighbours: (c) => signals.common[c]!,
    adamicAdar: (c) => signals.adamicAdar[c]!,
    resourceAllocation: (c) => signals.resource[c]!,
    model: (c) => model[c]!,
  };
  const out = {} as Record<Method, Metrics>;
  for (const m of METHODS) {
    const f = score[m];
    const target = f(b);
    let greater = 0;
    let equal = 0;
    let total = 0;
    for (let c = 0; c < model.length; c++) {
      if (c === b || Number.isNaN(model[c]!) || (country !== undefined && ix.country[c] !== country)) continue;
      total++;
      const v = f(c);
      if (v > target) greater++;
      else if (v === target) equal++;
    }
    out[m] = standing(greater, equal, total);
  }
  return out;
}

export function mean(rows: Metrics[]): Metrics {
  const n = Math.max(1, rows.length);
  const sum = (k: keyof Metrics) => rows.reduce((s, r) => s + r[k], 0) / n;
  return { recall10: sum('recall10'), recall50: sum('recall50'), mrr: sum('mrr'), auc: sum('auc') };
}

export interface FoldResult {
  /** Hidden ties in the fold, and how many were ranked (a seeded sample when EVAL sampling is on). */
  hidden: number;
  ranked: number;
  focusRanked: number;
  overall: Record<Method, Metrics>;
  /** The focus ties (Russia–Belarus): against every candidate, and against the candidates of b's country only. */
  focus: Record<Method, Metrics>;
  focusInCountry: Record<Method, Metrics>;
  fitMs: number;
  rankMs: number;
}

export interface EvalOptions {
  folds: number;
  fraction: number;
  seed: number;
  /** At most this many hidden ties ranked per fold for the overall figures (a seeded sample, uniform over the fold);
   *  the focus ties are always all ranked. */
  sample: number;
  /** Whether a tie is a focus tie (Russia–Belarus). */
  isFocus: (graph: CityGraph, key: string) => boolean;
}

/** `folds` disjoint seeded hold-outs of `fraction` of the ties, each ranked on a model fitted without it. */
export function crossValidate(graph: CityGraph, o: EvalOptions, onFold?: (i: number, r: FoldResult) => void) {
  const rng = seededRandom(o.seed);
  const used = new Set<string>();
  const results: FoldResult[] = [];
  for (let f = 0; f < o.folds; f++) {
    const hidden = holdOut(graph, Math.round(graph.size * o.fraction), rng, used);
    for (const k of hidden) used.add(k);
    const t0 = performance.now();
    const s = fitSuggester(withoutTies(graph, hidden), o.seed + f + 1);
    const t1 = performance.now();
    const focusKeys = new Set(hidden.filter((k) => o.isFocus(graph, k)));
    const sampled = new Set(hidden.length > o.sample ? pick(hidden, o.sample, rng) : hidden);
    const all: Metrics[][] = METHODS.map(() => []);
    const focus: Metrics[][] = METHODS.map(() => []);
    const inCountry: Metrics[][] = METHODS.map(() => []);
    for (const key of hidden) {
      if (!sampled.has(key) && !focusKeys.has(key)) continue;
      const ends = graph.extremities(key);
      const q = rng() < 0.5 ? { a: ends[0], b: ends[1] } : { a: ends[1], b: ends[0] };
      const r = rankQuery(s, q);
      if (sampled.has(key)) METHODS.forEach((m, i) => all[i]!.push(r[m]));
      if (focusKeys.has(key)) {
        METHODS.forEach((m, i) => focus[i]!.push(r[m]));
        const rc = rankQuery(s, q, s.ix.country[s.ix.at.get(q.b)!]);
        METHODS.forEach((m, i) => inCountry[i]!.push(rc[m]));
      }
    }
    const byMethod = (rows: Metrics[][]) =>
      Object.fromEntries(METHODS.map((m, i) => [m, mean(rows[i]!)])) as Record<Method, Metrics>;
    const r: FoldResult = {
      hidden: hidden.length,
      ranked: sampled.size,
      focusRanked: focusKeys.size,
      overall: byMethod(all),
      focus: byMethod(focus),
      focusInCountry: byMethod(inCountry),
      fitMs: t1 - t0,
      rankMs: performance.now() - t1,
    };
    results.push(r);
    onFold?.(f, r);
  }
  return results;
}

function pick<T>(items: T[], k: number, rng: () => number): T[] {
  const copy = [...items];
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(rng() * (copy.length - i));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy.slice(0, k);
}

/** Mean and 95 % confidence half-width (Student's t over folds). */
export function interval(values: number[]): { mean: number; half: number } {
  const n = values.length;
  const m = values.reduce((s, v) => s + v, 0) / n;
  if (n < 2) return { mean: m, half: NaN };
  const sd = Math.sqrt(values.reduce((s, v) => s + (v - m) ** 2, 0) / (n - 1));
  const t = [0, 12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262][n - 1] ?? 1.96;
  return { mean: m, half: (t * sd) / Math.sqrt(n) };
}
