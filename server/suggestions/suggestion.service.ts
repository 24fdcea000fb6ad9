// Partnership suggestions for a city, and for a pair of countries, from the model fitted on the world selection
// (docs/suggestions.md). The model is fitted in a worker thread after start-up (`warm`) and again whenever the
// graph's last-commit marker changes — the marker GraphChangeCache keys its bodies by — so a write is seen by the
// next request. Suggestions are computed, never stored: nothing here writes to the database.
import type { Database } from '../db/database.ts';
import { NotFoundError } from '../errors/errors.ts';
import type { Graph, GraphQuery } from '../../core/schemas/graph.schema.ts';
import { GraphQuerySchema } from '../../core/schemas/graph.schema.ts';
import type {
  Signal,
  SuggestedPairList,
  Suggestion,
  SuggestionList,
  SuggestionPairsQuery,
  SuggestionQuery,
} from '../../core/schemas/suggestion.schema.ts';
import { fitInThread } from './fit-thread.ts';
import { scoreAll, type Suggester } from './model.ts';
import { distanceKm, FEATURE_COUNT, FEATURES } from './signals.ts';

export const SUGGESTION_SEED = 19;
const WORLD: GraphQuery = GraphQuerySchema.parse({ limit: 50000 });
const PAIRS_PER_CITY = 3;

interface State {
  marker: string;
  s: Suggester;
  pairs: Map<string, SuggestedPairList>;
}

export class SuggestionService {
  private state?: State;
  /** Models fitted so far (diagnostics and tests: a write makes the next request refit). */
  fits = 0;
  private pending?: { marker: string; done: Promise<State> };

  constructor(
    private readonly graph: { get(q: GraphQuery): Promise<Graph> },
    private readonly db: Pick<Database, 'lastCommit'>,
    private readonly cityExists: (id: string) => Promise<boolean>,
  ) {}

  /** Starts fitting now (after the database is loaded), so the first request finds the model ready. */
  warm(): void {
    void this.current().catch(() => {});
  }

  async forCity(id: string, q: SuggestionQuery): Promise<SuggestionList> {
    const { s } = await this.current();
    const a = s.ix.at.get(id);
    if (a === undefined) {
      if (!(await this.cityExists(id))) throw new NotFoundError('city', id);
      return { city: id, computed: true, suggestions: [] }; // a city without ties: nothing to learn from
    }
    const country = q.country === undefined ? undefined : s.ix.countries.indexOf(q.country);
    if (country === -1) return { city: id, computed: true, suggestions: [] };
    const scores = scoreAll(s, a);
    const top = topK(scores, q.limit, (c) => country === undefined || s.ix.country[c] === country);
    return { city: id, computed: true, suggestions: top.map((c, i) => this.explain(s, a, c, scores[c]!, i + 1)) };
  }

  /** The strongest suggested pairs between two countries' cities (each city's best few, merged by score). */
  async forCountries(q: SuggestionPairsQuery): Promise<SuggestedPairList> {
    const st = await this.current();
    const key = `${q.countries.join(',')} ${q.limit}`;
    const hit = st.pairs.get(key);
    if (hit) return hit;
    const { s } = st;
    const [x, y] = q.countries.map((c) => s.ix.countries.indexOf(c)) as [number, number];
    const found: { a: number; c: number; score: number }[] = [];
    if (x >= 0 && y >= 0)
      for (let a = 0; a < s.ix.ids.length; a++) {
        if (s.ix.country[a] !== x) continue;
        const scores = scoreAll(s, a);
        for (const c of topK(scores, PAIRS_PER_CITY, (c) => s.ix.country[c] === y))
          found.push({ a, c, score: scores[c]! });
      }
    found.sort((p, r) => r.score - p.score);
    const pairs = found.slice(0, q.limit).map(({ a, c, score }, i) => {
      s.signals.prepare(a);
      return { ...this.explain(s, a, c, score, i + 1), from: place(s, a) };
    });
    const list: SuggestedPairList = { countries: q.countries, computed: true, pairs };
    st.pairs.set(key, list);
    return list;
  }

  /** The model for the graph as of its last commit: kept, or refitted (in a worker thread) after a write. */
  private async current(): Promise<State> {
    const marker = await this.db.lastCommit();
    if (this.state?.marker === marker) return this.state;
    if (this.pending?.marker !== marker) {
      const done = this.graph
        .get(WORLD)
        .then((selection) =>
          fitInThread({ selection: { nodes: selection.nodes, links: selection.links }, seed: SUGGESTION_SEED }),
        )
        .then((s) => (this.fits++, (this.state = { marker, s, pairs: new Map() })));
      this.pending = { marker, done };
      void done.catch(() => this.pending?.done === done && (this.pending = undefined));
    }
    return this.pending.done;
  }

  /** A suggestion with its reasons; the signals are prepared for `a` (scoreAll just ran for it). */
  private explain(s: Suggester, a: number, c: number, score: number, rank: number): Suggestion {
    const { ix, signals, model } = s;
    const mine = new Set(ix.neighbours[a]);
    const shared = [...ix.neighbours[c]!].filter((x) => mine.has(x));
    shared.sort((p, q) => ix.degree[q]! - ix.degree[p]!);
    const x = signals.features(c, new Float64Array(FEATURE_COUNT));
    const weighs = FEATURES.map((f, j) => ({ f, v: model.weights[j]! * (x[j]! - model.mean[j]!) }))
      .filter((w) => w.v > 0.05)
      .sort((p, q) => q.v - p.v)
      .slice(0, 3)
      .map((w) => w.f as Signal);
    const C = ix.countries.length;
    const ca = ix.country[a]!;
    const cc = ix.country[c]!;
    const known = !Number.isNaN(ix.lat[a]!) && !Number.isNaN(ix.lat[c]!);
    return {
      rank,
      city: place(s, c),
      strength: score >= s.strength.strong ? 'strong' : score >= s.strength.moderate ? 'moderate' : 'weak',
      reasons: {
        sharedPartners: shared.slice(0, 5).map((p) => place(s, p)),
        sharedPartnerCount: shared.length,
        countryPairTies: ca >= 0 && cc >= 0 ? ix.pairTies[ca * C + cc]! : 0,
        countryPairRatio: ca >= 0 && cc >= 0 ? Math.round(Math.exp(ix.affinity[ca * C + cc]!) * 10) / 10 : 1,
        sameCommunity: ix.community[a]! >= 0 && ix.community[a] === ix.community[c],
        distanceKm: known ? Math.round(distanceKm(ix.lat[a]!, ix.lon[a]!, ix.lat[c]!, ix.lon[c]!)) : null,
        candidateDegree: ix.degree[c]!,
        signals: weighs,
      },
    };
  }
}

function place(s: Suggester, i: number) {
  return {
    id: s.ix.ids[i]!,
    nameRu: s.ix.nameRu[i] ?? null,
    nameEn: s.ix.nameEn[i] ?? null,
    country: s.ix.countries[s.ix.country[i]!] ?? null,
  };
}

/** Indices of the `k` highest finite scores passing `keep`, best first (ties: lower index first). */
function topK(scores: Float64Array, k: number, keep: (c: number) => boolean): number[] {
  const best: number[] = [];
  for (let c = 0; c < scores.length; c++) {
    const v = scores[c]!;
    if (Number.isNaN(v) || !keep(c)) continue;
    if (best.length === k && v <= scores[best[k - 1]!]!) continue;
    let i = best.length === k ? k - 1 : best.length;
    if (best.length < k) best.push(c);
    while (i > 0 && scores[best[i - 1]!]! < v) ((best[i] = best[i - 1]!), i--);
    best[i] = c;
  }
  return best;
}
