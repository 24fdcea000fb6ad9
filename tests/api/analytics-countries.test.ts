// The country view's API against the real Neo4j (issue 18 §3): the city pairs behind a chord are exactly the ties
// between those countries that /api/graph gives for the same filters, with their sources; a country's summary
// agrees with the matrix and ranks its places by the stored PageRank once it is fresh, else by ties (saying so);
// bad input is a 400.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../../server/services.ts';
import { CountryTiesSchema } from '../../core/schemas/analytics.schema.ts';
import { CountryPairTiesSchema, CountrySummarySchema } from '../../core/schemas/country-analytics.schema.ts';
import { GraphSchema, type Graph } from '../../core/schemas/graph.schema.ts';
import { startTestApp, type TestApp } from '../helpers/test-app.ts';

let app: TestApp;
let services: Services;
const clearMetrics = () => app.db.writeContent('set-city-metrics', { rows: [], graphAt: 'none', by: '' });
beforeAll(async () => {
  app = await startTestApp();
  services = createServices(app.db);
  await clearMetrics();
});
afterAll(async () => {
  await clearMetrics(); // leave no metrics behind
  await services.analytics.close();
  await app.close();
});

async function graph(filters: string): Promise<Graph> {
  return GraphSchema.parse((await app.get(`/api/graph?limit=50000&${filters}`)).body);
}

/** The ids of the ties of `g` with one end in `a` and the other in `b`. */
function tiesBetween(g: Graph, a: string[], b: string[]): string[] {
  const country = new Map(g.nodes.map((n) => [n.id, n.country ?? '?']));
  return g.links
    .filter((l) => {
      const [x, y] = [country.get(l.source)!, country.get(l.target)!];
      return (a.includes(x) && b.includes(y)) || (a.includes(y) && b.includes(x));
    })
    .map((l) => l.id)
    .sort();
}

describe('GET /api/analytics/countries/pairs', () => {
  it('lists exactly the ties between two countries that /api/graph holds for the same filters', async () => {
    for (const filters of ['', 'country=RU,BY', 'to=2005', 'undated=exclude&kind=twinning']) {
      const g = await graph(filters);
      const expected = tiesBetween(g, ['RU'], ['BY']);
      expect(expected.length, filters).toBeGreaterThan(0);
      const res = await app.get(`/api/analytics/countries/pairs?a=RU&b=BY&max=5000&${filters}`);
      expect(res.status, filters).toBe(200);
      const answer = CountryPairTiesSchema.parse(res.body);
      expect(answer.total, filters).toBe(expected.length);
      expect(answer.truncated).toBe(false);
      expect(answer.ties.map((t) => t.id).sort(), filters).toEqual(expected);
      // The chord's count is the same number.
      const matrix = CountryTiesSchema.parse((await app.get(`/api/analytics/countries?${filters}`)).body);
      expect(matrix.pairs.find((p) => p.a === 'BY' && p.b === 'RU')?.ties, filters).toBe(expected.length);
    }
  });

  it('gives each tie its places (the `a` end first), its date and its sources, dated ties first', async () => {
    const g = await graph('');
    const links = new Map(g.links.map((l) => [l.id, l]));
    const answer = CountryPairTiesSchema.parse((await app.get('/api/analytics/countries/pairs?a=RU&b=BY')).body);
    const sourceIds = new Set(answer.sources.map((s) => s.id));
    for (const t of answer.ties) {
      const l = links.get(t.id)!;
      expect([t.a.id, t.b.id].sort()).toEqual([l.source, l.target].sort());
      expect([t.a.country, t.b.country]).toEqual(['RU', 'BY']);
      expect(t.year).toBe(l.year);
      expect(t.sources).toEqual(l.sources);
      for (const s of t.sources) expect(sourceIds.has(s), s).toBe(true);
    }
    expect(answer.ties.some((t) => t.sources.length > 0)).toBe(true);
    const firstUndated = answer.ties.findIndex((t) => t.date === null);
    if (firstUndated >= 0) expect(answer.ties.slice(firstUndated).every((t) => t.date === null)).toBe(true);
    const dates = answer.ties.filter((t) => t.date !== null).map((t) => t.date!);
    expect(dates).toEqual([...dates].sort());
  });

  it('takes lists on both sides (as the chord of "other countries" does) and the ties inside one country', async () => {
    const g = await graph('');
    const both = ['RU', 'BY'];
    const all = CountryPairTiesSchema.parse(
      (await app.get('/api/analytics/countries/pairs?a=RU,BY&b=BY,RU&max=5000')).body,
    );
    expect(all.ties.map((t) => t.id).sort()).toEqual(tiesBetween(g, both, both));
    const ru = CountryPairTiesSchema.parse(
      (await app.get('/api/analytics/countries/pairs?a=RU&b=RU,BY&max=5000')).body,
    );
    expect(ru.total).toBeGreaterThan(0);
    expect(ru.ties.map((t) => t.id).sort()).toEqual(tiesBetween(g, ['RU'], both));
    expect(ru.ties.every((t) => t.a.country === 'RU')).toBe(true);
    const inside = CountryPairTiesSchema.parse(
      (await app.get('/api/analytics/countries/pairs?a=RU&b=RU&max=5000')).body,
    );
    expect(inside.total).toBeGreaterThan(0);
    expect(inside.ties.map((t) => t.id).sort()).toEqual(tiesBetween(g, ['RU'], ['RU']));
    expect(inside.total + tiesBetween(g, ['RU'], ['BY']).length).toBe(ru.total);
  });

  it('lists at most `max`, saying how many there are', async () => {
    const all = CountryPairTiesSchema.parse((await app.get('/api/analytics/countries/pairs?a=RU&b=BY')).body);
    expect(all.total).toBeGreaterThan(1);
    const one = CountryPairTiesSchema.parse((await app.get('/api/analytics/countries/pairs?a=RU&b=BY&max=1')).body);
    expect(one).toMatchObject({ total: all.total, truncated: true });
    expect(one.ties).toEqual(all.ties.slice(0, 1));
  });

  it('answers bad input with a 400 JSON error naming the field', async () => {
    const cases: Array<[string, string]> = [
      ['a=russia&b=BY', 'a'],
      ['a=RU', 'b'],
      ['b=BY', 'a'],
      ['a=RU&b=by', 'b'],
      ['a=RU&b=BY&max=0', 'max'],
      ['a=RU&b=BY&max=5001', 'max'],
      ['a=RU&b=BY&from=2000&to=1990', 'from'],
      ['a=RU&b=BY&country=russia', 'country'],
    ];
    for (const [q, field] of cases) {
      const res = await app.get(`/api/analytics/countries/pairs?${q}`);
      expect(res.status, q).toBe(400);
      expect(res.body.error.code, q).toBeTypeOf('string');
      expect(res.body.error.message, q).toMatch(new RegExp(`"${field}[".]`));
    }
  });
});

describe('GET /api/analytics/countries/{code}', () => {
  it('agrees with the matrix: partners, decades and undated; central places by ties while no metrics are fresh', async () => {
    const matrix = CountryTiesSchema.parse((await app.get('/api/analytics/countries')).body);
    const by = matrix.countries.find((c) => c.country === 'BY')!;
    const res = await app.get('/api/analytics/countries/BY');
    expect(res.status).toBe(200);
    const summary = CountrySummarySchema.parse(res.body);
    expect(summary).toMatchObject({ country: 'BY', ties: by.ties, undated: by.undated });
    expect(summary.partners).toEqual(by.partners);
    expect(summary.decades).toEqual(by.decades);
    expect(summary.central.by).toBe('ties');
    expect(summary.central.places.slice(0, 5).map((p) => p.ties)).toEqual(by.central.map((c) => c.degree));
    expect(summary.central.places.every((p) => p.country === 'BY' && p.pagerank === null)).toBe(true);
    const g = await graph('');
    expect(summary.places).toBe(
      new Set(
        g.links.flatMap((l) => [l.source, l.target]).filter((id) => g.nodes.find((n) => n.id === id)?.country === 'BY'),
      ).size,
    );
  });

  it('ranks the country’s places by the stored PageRank once it is of the graph as it is now', async () => {
    // Twice: the first store in a database also creates the metrics' property names, a commit of its own.
    await services.analytics.refreshMetrics();
    await services.analytics.refreshMetrics();
    const summary = CountrySummarySchema.parse((await app.get('/api/analytics/countries/BY?country=RU,BY')).body);
    expect(summary.central.by).toBe('pagerank');
    const ranks = summary.central.places.map((p) => p.pagerank!);
    expect(ranks.length).toBeGreaterThan(1);
    expect(ranks).toEqual([...ranks].sort((x, y) => y - x));
    expect(summary.central.places.every((p) => p.country === 'BY' && p.rankCountry! >= 1)).toBe(true);
    const places = new Set((await graph('country=RU,BY')).nodes.filter((n) => n.country === 'BY').map((n) => n.id));
    expect(summary.central.places.every((p) => places.has(p.id))).toBe(true);
  });

  it('answers a country with no ties in the selection with zeros, and a bad code or filter with a 400', async () => {
    const none = CountrySummarySchema.parse((await app.get('/api/analytics/countries/BY?country=RU')).body);
    expect(none).toMatchObject({ ties: 0, places: 0, partners: [], decades: [] });
    for (const q of ['RUS', 'ru', 'R1', 'BY?from=2000&to=1990']) {
      const res = await app.get(`/api/analytics/countries/${q}`);
      expect(res.status, q).toBe(400);
      expect(res.body.error.code, q).toBeTypeOf('string');
    }
  });
});

describe('the OpenAPI document', () => {
  it('describes the pairs and the country summary with their parameters', async () => {
    const { body } = await app.get('/api/openapi.json');
    const pairs = body.paths['/api/analytics/countries/pairs'].get.parameters.map((p: { name: string }) => p.name);
    expect(pairs).toEqual(expect.arrayContaining(['a', 'b', 'max', 'country', 'from', 'to', 'undated']));
    const country = body.paths['/api/analytics/countries/{code}'].get.parameters.map((p: { name: string }) => p.name);
    expect(country).toEqual(expect.arrayContaining(['code', 'country', 'kind']));
    expect(body.components.schemas.CountryPairTies).toBeDefined();
    expect(body.components.schemas.CountrySummary).toBeDefined();
  });
});
