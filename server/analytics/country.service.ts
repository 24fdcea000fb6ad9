// Countries and their ties (issue 18 §3, docs/analytics.md): the country-to-country matrix of a selection (kept in
// the response cache until the graph changes), the city pairs behind one of its cells (stated facts, with their
// sources), and one country's summary, its central places ranked by the stored PageRank when it is fresh.
import type { AnalyticsQuery } from '../../core/schemas/analytics.schema.ts';
import type {
  CountryPairTies,
  CountryPairsQuery,
  CountrySummary,
} from '../../core/schemas/country-analytics.schema.ts';
import type { Graph } from '../../core/schemas/graph.schema.ts';
import type { Source } from '../../core/schemas/source.schema.ts';
import type { Database } from '../db/database.ts';
import type { GraphChangeCache } from '../http/graph-change-cache.ts';
import { COMPUTED_BY } from './analytics.service.ts';
import { countryTies } from './country-ties.ts';
import { countryPlaces, pairTies } from './country-pairs.ts';
import type { CountryRepository } from './country.repository.ts';

type GraphOf = (q: AnalyticsQuery, marker?: string) => Promise<Graph>;
type SourcesOf = (ids: Iterable<string>) => Promise<Source[]>;

/** A country's summary lists this many of its most central places. */
const CENTRAL = 10;

export class CountryService {
  constructor(
    private readonly db: Pick<Database, 'lastCommit'>,
    private readonly repo: CountryRepository,
    private readonly cache: GraphChangeCache,
    private readonly graphOf: GraphOf,
    private readonly sourcesOf: SourcesOf,
  ) {}

  /** GET /api/analytics/countries as JSON text: ties between the countries of the selection `q` (cheap: one pass
   *  over its ties, on the main thread). */
  countries(q: AnalyticsQuery): Promise<string> {
    return this.cache.get(`analytics countries ${JSON.stringify(q)}`, async (marker) => {
      const graph = await this.graphOf(q, marker);
      const started = performance.now();
      const ties = countryTies({ nodes: graph.nodes, links: graph.links });
      const graphAt = marker ?? (await this.db.lastCommit());
      return JSON.stringify({ ...ties, computed: { by: COMPUTED_BY, graphAt, ms: performance.now() - started } });
    });
  }

  /** GET /api/analytics/countries/pairs: the ties between countries `a` and `b` in the selection, with sources. */
  async pairs(query: CountryPairsQuery): Promise<CountryPairTies> {
    const { a, b, max, ...q } = query;
    const graph = await this.graphOf(q);
    const listed = pairTies(graph, a, b, max);
    const sources = await this.sourcesOf(listed.ties.flatMap((t) => t.sources));
    return { ...listed, sources };
  }

  /** GET /api/analytics/countries/{code}: the country's partners, decades and central places in the selection.
   *  Not cached: which ranking applies changes when the metrics are stored, which is no graph change. */
  async country(code: string, q: AnalyticsQuery): Promise<CountrySummary> {
    const marker = await this.db.lastCommit();
    const graph = await this.graphOf(q, marker);
    const started = performance.now();
    const entry = countryTies(graph).countries.find((c) => c.country === code);
    const places = countryPlaces(graph, code);
    const ranked = await this.repo.central(
      places.map((p) => p.node.id),
      marker,
      CENTRAL,
    );
    const tiesOf = new Map(places.map((p) => [p.node.id, p]));
    const byRank = ranked.length > 0;
    const central = byRank
      ? ranked.map((r) => ({ ...ref(tiesOf.get(r.id)!), ...r }))
      : places.slice(0, CENTRAL).map((p) => ({ ...ref(p), pagerank: null, rankCountry: null, rankWorld: null }));
    return {
      country: code,
      ties: entry?.ties ?? 0,
      undated: entry?.undated ?? 0,
      partners: entry?.partners ?? [],
      decades: entry?.decades ?? [],
      places: places.length,
      central: { by: byRank ? 'pagerank' : 'ties', places: central },
      computed: { by: COMPUTED_BY, graphAt: marker, ms: performance.now() - started },
    };
  }
}

const ref = ({ node: n, ties }: ReturnType<typeof countryPlaces>[number]) => ({
  id: n.id,
  nameRu: n.nameRu,
  nameEn: n.nameEn,
  country: n.country,
  ties,
});
