// Partnership suggestions for a city, and for a pair of countries, from the model fitted on the world selection
// (docs/suggestions.md). The model is fitted in a worker thread after start-up (`warm`) and again whenever the
// graph's last-commit marker changes — the marker GraphChangeCache keys its bodies by. While a refit runs (13–40 s
// on the world graph) requests never wait for it: the previous model answers, marked `stale`, and the ties made
// since are read from the database now and left out, so a suggestion is never a city already tied. Only a city the
// previous model never saw waits for the new one. Answers are kept in the response cache under the marker of the
// model that made them, so the first request after the refit is answered by the new model. Suggestions are
// computed, never stored: nothing here writes to the database.
import type { GraphChangeCache } from '../http/graph-change-cache.ts';
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
}

/** The model to answer with: fitted on the graph as of the last commit, or the previous one while that fits. */
interface Answerer {
  state: State;
  /** The marker of the graph's last commit when asked (the response cache's freshness). */
  now: string;
  stale: boolean;
}

/** The ids of a city's partners now, or null when there is no such city. */
type PartnersOf = (id: string) => Promise<ReadonlySet<string> | null>;

export class SuggestionService {
  private state?: State;
  /** Models fitted so far (diagnostics and tests: a write makes the next request refit). */
  fits = 0;
  private pending?: { marker: string; done: Promise<State> };

  constructor(
    private readonly graph: { get(q: GraphQuery): Promise<Graph> },
    private readonly db: Pick<Database, 'lastCommit'>,
    private readonly partnersOf: PartnersOf,
    private readonly cache: Pick<GraphChangeCache, 'get'>,
  ) {}

  /** Starts fitting now (after the database is loaded), so the first request finds the model ready. */
  warm(): void {
    void this.answerer().catch(() => {});
  }

  /** Settles when the model for the graph as of now is fitted (tests, and the benchmark's warm-up). */
  async fitted(): Promise<void> {
    const { stale } = await this.answerer();
    if (stale) await this.pending?.done;
  }

  /** GET /api/cities/:id/suggestions as JSON text, through the response cache. */
  async forCityJson(id: string, q: SuggestionQuery): Promise<string> {
    const m = await this.answerer();
    const key = `suggestions ${m.state.marker} ${id} ${q.country ?? ''} ${q.limit}`;
    return this.cache.get(key, async () => JSON.stringify(await this.forCity(id, q, m)), m.now);
  }

  /** GET /api/suggestions/pairs as JSON text, through the response cache. */
  async forCountriesJson(q: SuggestionPairsQuery): Promise<string> {
    const m = await this.answerer();
    const key = `suggested pairs ${m.state.marker} ${q.countries.join(',')} ${q.limit}`;
    return this.cache.get(key, async () => JSON.stringify(await this.forCountries(q, m)), m.now);
  }

  async forCity(id: string, q: SuggestionQuery, m?: Answerer): Promise<SuggestionList> {
    let { state, stale } = m ?? (await this.answerer());
    // A stale model learnt nothing of ties made since: they are read now and left out.
    const partners = stale ? await this.partnersOf(id) : undefined;
    if (partners === null) throw new NotFoundError('city', id);
    if (stale && this.pending && !state.s.ix.at.has(id) && partners!.size > 0) {
      ({ state, stale } = { state: await this.pending.done, stale: false }); // a city new to the graph
    }
    const { s } = state;
    const a = s.ix.at.get(id);
    const answer = (suggestions: Suggestion[]): SuggestionList => ({ city: id, computed: true, stale, suggestions });
    if (a === undefined) {
      if (!partners && (await this.partnersOf(id)) === null) throw new NotFoundError('city', id);
      return answer([]); // a city without ties: nothing to learn from
    }
    const country = q.country === undefined ? undefined : s.ix.countries.indexOf(q.country);
    if (country === -1) return answer([]);
    const scores = scoreAll(s, a);
    const top = topK(
      scores,
      q.limit,
      (c) => (country === undefined || s.ix.country[c] === country) && !partners?.has(s.ix.ids[c]!),
    );
    return answer(top.map((c, i) => this.explain(s, a, c, scores[c]!, i + 1)));
  }

  /** The strongest suggested pairs between two countries' cities (each city's best few, merged by score). */
  async forCountries(q: SuggestionPairsQuery, m?: Answerer): Promise<SuggestedPairList> {
    const { state, stale } = m ?? (await this.answerer());
    const { s } = state;
    // A stale model: the ties made since (read from the world selection as of now) are left out.
    const tied = stale ? tiePairs(await this.graph.get(WORLD)) : undefined;
    const [x, y] = q.countries.map((c) => s.ix.countries.indexOf(c)) as [number, number];
    const found: { a: number; c: number; score: number }[] = [];
    if (x >= 0 && y >= 0)
      for (let a = 0; a < s.ix.ids.length; a++) {
        if (s.ix.country[a] !== x) continue;
        const scores = scoreAll(s, a);
        const fresh = (c: number) => !tied?.has(`${s.ix.ids[a]} ${s.ix.ids[c]}`);
        for (const c of topK(scores, PAIRS_PER_CITY, (c) => s.ix.country[c] === y && fresh(c)))
          found.push({ a, c, score: scores[c]! });
      }
    found.sort((p, r) => r.score - p.score);
    const pairs = found.slice(0, q.limit).map(({ a, c, score }, i) => {
      s.signals.prepare(a);
      return { ...this.explain(s, a, c, score, i + 1), from: place(s, a) };
    });
    return { countries: q.countries, computed: true, stale, pairs };
  }

  /** The model to answer with now: the one for the graph's last commit when fitted; after a write, the previous one
   *  while the new one fits in a worker thread (started here); only the very first fit is waited for. */
  private async answerer(): Promise<Answerer> {
    const now = await this.db.lastCommit();
    if (this.state?.marker === now) return { state: this.state, now, stale: false };
    if (this.pending?.marker !== now) {
      const done = this.graph
        .get(WORLD)
        .then((selection) =>
          fitInThread({ selection: { nodes: selection.nodes, links: selection.links }, seed: SUGGESTION_SEED }),
        )
        .then((s) => {
          this.fits++;
          const state = { marker: now, s };
          // A slower fit for an older marker never replaces a newer model.
          if (this.pending?.done === done || !this.state) this.state = state;
          return state;
        });
      this.pending = { marker: now, done };
      void done.catch(() => this.pending?.done === done && (this.pending = undefined));
    }
    if (this.state) return { state: this.state, now, stale: true };
    return { state: await this.pending.done, now, stale: false };
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

/** Both orders of every tie of a selection, as "a b" keys. */
function tiePairs(g: Graph): Set<string> {
  const keys = new Set<string>();
  for (const l of g.links) keys.add(`${l.source} ${l.target}`).add(`${l.target} ${l.source}`);
  return keys;
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
