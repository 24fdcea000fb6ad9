// A city's profile: its partners grouped by country and its ties by year (facts: every tie carries its sources),
// the forums it hosted or attended, its stored metrics and the cities like it by network position. "Like it" is
// structural equivalence — the cosine similarity of the two cities' sets of partners (Newman, Networks, §7.12):
// chosen over a distance between vectors of metrics because every match is explained by named shared partners,
// each a tie with its sources, where a nearest vector of centralities would be a number no source stands behind.
import type { CityMetricsAnswer } from '../../core/schemas/analytics.schema.ts';
import type { CityProfile } from '../../core/schemas/profile.schema.ts';
import { NotFoundError } from '../errors/errors.ts';
import type { GraphChangeCache } from '../http/graph-change-cache.ts';
import type { SourceRepository } from '../sources/source.repository.ts';
import type { ProfileFacts, ProfileRepository } from './profile.repository.ts';

/** Cities like it listed. */
export const SIMILAR_LIMIT = 10;
export const SIMILAR_METHOD = 'cosine similarity of the sets of partners (structural equivalence)';
const SIMILAR_BY = 'computed by Pobratim from the graph: shared partners / √(ties of one × ties of the other)';

type Metrics = (id: string) => Promise<CityMetricsAnswer | undefined>;

export class ProfileService {
  constructor(
    private readonly repo: ProfileRepository,
    private readonly sources: SourceRepository,
    private readonly metrics: Metrics,
    private readonly cache: GraphChangeCache,
  ) {}

  /** The profile of a city; NotFoundError for an unknown id. The facts and similar cities are kept until the graph
   *  changes; the metrics are read each time (they land after a change, as content: analytics.service.ts). */
  async profile(id: string): Promise<CityProfile> {
    const [text, metrics] = await Promise.all([
      this.cache.get(`city profile ${id}`, async () => JSON.stringify(await this.facts(id))),
      this.metrics(id),
    ]);
    const facts = JSON.parse(text) as Omit<CityProfile, 'metrics'> | null;
    if (!facts || !metrics) throw new NotFoundError('city', id);
    return { ...facts, metrics };
  }

  private async facts(id: string): Promise<Omit<CityProfile, 'metrics'> | null> {
    const [facts, similar] = await Promise.all([this.repo.facts(id), this.repo.similar(id, SIMILAR_LIMIT)]);
    if (!facts) return null;
    const cited = [
      ...facts.ties.flatMap((t) => t.sources),
      ...facts.forums.flatMap((f) => f.sources),
      ...similar.flatMap((s) => s.shared.flatMap((x) => x.sources)),
    ];
    return {
      city: facts.city,
      partners: byCountry(facts.ties),
      years: byYear(facts.ties),
      forums: facts.forums,
      similar: { method: SIMILAR_METHOD, by: SIMILAR_BY, cities: similar },
      sources: await this.sources.byIds(cited),
    };
  }
}

/** Partners grouped by their country, most partners first (then by code; unknown last). */
export function byCountry(ties: ProfileFacts['ties']): CityProfile['partners'] {
  const groups = new Map<string | null, ProfileFacts['ties']>();
  for (const t of ties) groups.set(t.city.country, [...(groups.get(t.city.country) ?? []), t]);
  return [...groups]
    .map(([country, partners]) => ({ country, partners }))
    .sort(
      (a, b) =>
        b.partners.length - a.partners.length ||
        (a.country === null ? 1 : b.country === null ? -1 : a.country.localeCompare(b.country)),
    );
}

/** Dated ties per year in time order; undated ones counted apart. */
export function byYear(ties: ProfileFacts['ties']): CityProfile['years'] {
  const years = new Map<number, number>();
  let undated = 0;
  for (const t of ties) {
    if (t.year === null) undated++;
    else years.set(t.year, (years.get(t.year) ?? 0) + 1);
  }
  const dated = [...years].sort((a, b) => a[0] - b[0]).map(([year, n]) => ({ year, ties: n }));
  return { dated, undated };
}
