// Network analytics against the real Neo4j, cross-checked with an independent implementation: networkx reads
// the GraphML export of the same selection (tests/helpers/analytics-networkx.py) and its figures must agree with
// GET /api/analytics to 3 decimals; per-city metrics are stored on City nodes as content (not a graph change),
// marked computed, and reported as computing, never stale, once the graph changes.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { compute } from '../../server/analytics/analytics-compute.ts';
import { GraphService } from '../../server/graph/graph.service.ts';
import { createServices, type Services } from '../../server/services.ts';
import {
  AnalyticsSchema,
  CityMetricsAnswerSchema,
  CountryTiesSchema,
  type GraphFigures,
} from '../../core/schemas/analytics.schema.ts';
import { GraphSchema } from '../../core/schemas/graph.schema.ts';
import { startTestApp, type TestApp } from '../helpers/test-app.ts';

let app: TestApp;
let services: Services;
beforeAll(async () => {
  app = await startTestApp();
  services = createServices(app.db);
});
afterAll(async () => {
  await app.db.writeContent('set-city-metrics', { rows: [], graphAt: 'none', by: '' }); // leave no metrics behind
  await services.analytics.close();
  await app.close();
});

const dir = mkdtempSync(join(tmpdir(), 'pobratim-analytics-'));
type Networkx = Record<string, number> & { largestComponent: { places: number; ties: number } } & {
  pagerank: Record<string, number>;
  betweenness: Record<string, number>;
  closeness: Record<string, number>;
};

/** networkx's figures of the GraphML export of `query`. */
async function networkx(query: string, ...flags: string[]): Promise<Networkx> {
  const res = await fetch(`${app.url}/api/export?format=graphml&limit=50000&${query}`);
  expect(res.status).toBe(200);
  const file = join(dir, `${query.replace(/\W/g, '_') || 'all'}.graphml`);
  writeFileSync(file, await res.text());
  const out = execFileSync('python3', ['tests/helpers/analytics-networkx.py', file, ...flags], { encoding: 'utf8' });
  return JSON.parse(out) as Networkx;
}

async function figures(query: string): Promise<GraphFigures> {
  const res = await app.get(`/api/analytics?${query}`);
  expect(res.status).toBe(200);
  return AnalyticsSchema.parse(res.body).figures;
}

/** The figures networkx computes too, as the same numbers to 3 decimals. */
function agree(ours: GraphFigures, theirs: Networkx) {
  expect(ours.places).toBe(theirs.places);
  expect(ours.ties).toBe(theirs.ties);
  expect(ours.components).toBe(theirs.components);
  expect(ours.largestComponent).toEqual(theirs.largestComponent);
  expect(ours.triangles).toBe(theirs.triangles);
  for (const k of ['density', 'assortativity', 'transitivity', 'averageClustering'] as const)
    expect(ours[k], k).toBeCloseTo(theirs[k]!, 3);
}

describe('GET /api/analytics', () => {
  it('gives the whole graph’s figures, which networkx confirms on the GraphML export', async () => {
    const ours = await figures('');
    expect(ours.places).toBeGreaterThan(10); // the curated graph at least: the check compares something real
    agree(ours, await networkx(''));
  });

  it('gives a filter’s figures, distances exact, all confirmed by networkx', async () => {
    const ours = await figures('country=RU,BY');
    const theirs = await networkx('country=RU,BY', '--distances');
    expect(ours.places).toBeGreaterThan(10);
    agree(ours, theirs);
    expect(ours.diameter).toMatchObject({ value: theirs.diameter, exact: true });
    expect(ours.meanDistance.exact).toBe(true);
    expect(ours.meanDistance.value).toBeCloseTo(theirs.meanDistance!, 3);
    const sum = ours.degree.distribution.reduce((s, d) => s + d.count, 0);
    expect(sum).toBe(ours.places);
  });

  it('is kept until the graph changes: a second request selects nothing again', async () => {
    const first = await app.get('/api/analytics?country=RU');
    const select = vi.spyOn(GraphService.prototype, 'select');
    try {
      const again = await app.get('/api/analytics?country=RU');
      expect(again.body).toEqual(first.body);
      expect(select).not.toHaveBeenCalled();
    } finally {
      select.mockRestore();
    }
    expect(AnalyticsSchema.parse(first.body).computed.by).toMatch(/graphology/);
  });

  it('answers a bad filter with a 400 JSON error', async () => {
    for (const q of ['country=russia', 'from=2000&to=1990', 'limit=0']) {
      const res = await app.get(`/api/analytics?${q}`);
      expect(res.status, q).toBe(400);
      expect(res.body.error.code).toBeTypeOf('string');
    }
  });
});

describe('GET /api/analytics/countries', () => {
  it('counts the ties between countries as /api/graph holds them, with partners, decades and central places', async () => {
    const graph = GraphSchema.parse((await app.get('/api/graph?limit=50000')).body);
    const res = await app.get('/api/analytics/countries');
    expect(res.status).toBe(200);
    const view = CountryTiesSchema.parse(res.body);
    const country = new Map(graph.nodes.map((n) => [n.id, n.country]));
    const ruBy = graph.links.filter((l) => [country.get(l.source), country.get(l.target)].sort().join() === 'BY,RU');
    expect(ruBy.length).toBeGreaterThan(0);
    expect(view.pairs.find((p) => p.a === 'BY' && p.b === 'RU')?.ties).toBe(ruBy.length);
    expect(view.pairs.reduce((s, p) => s + p.ties, 0)).toBe(graph.links.length);
    const by = view.countries.find((c) => c.country === 'BY')!;
    const byTies = graph.links.filter((l) => country.get(l.source) === 'BY' || country.get(l.target) === 'BY');
    expect(by.ties).toBe(byTies.length);
    expect(by.partners.reduce((s, p) => s + p.ties, 0)).toBe(by.ties);
    expect(by.decades.reduce((s, d) => s + d.ties, 0) + by.undated).toBe(by.ties);
    expect(by.undated).toBe(byTies.filter((l) => l.year === null).length);
    expect(by.central[0]!.degree).toBeGreaterThanOrEqual(by.central.at(-1)!.degree);
    const filtered = CountryTiesSchema.parse((await app.get('/api/analytics/countries?country=RU,BY')).body);
    expect(filtered.pairs.every((p) => ['RU', 'BY'].includes(p.a) && ['RU', 'BY'].includes(p.b))).toBe(true);
  });
});

describe('per-city metrics', () => {
  it('agree with networkx’s PageRank, betweenness and closeness on the same selection', async () => {
    const graph = GraphSchema.parse((await app.get('/api/graph?country=RU,BY&limit=50000')).body);
    const { metrics } = compute({ kind: 'metrics', selection: graph });
    const theirs = await networkx('country=RU,BY', '--metrics');
    expect(metrics.run.exact).toBe(true);
    expect(metrics.cities.length).toBe(theirs.places);
    for (const c of metrics.cities) {
      expect(c.pagerank, c.id).toBeCloseTo(theirs.pagerank[c.id]!, 3);
      expect(c.betweenness, c.id).toBeCloseTo(theirs.betweenness[c.id]!, 3);
      expect(c.closeness, c.id).toBeCloseTo(theirs.closeness[c.id]!, 3);
    }
  });

  it('are stored on City nodes as computed content, fresh until the graph changes, then recomputed', async () => {
    // The first store in a database also creates the metrics' property names, which Neo4j commits apart (a
    // change the next check recomputes after); from then on, storing metrics leaves the marker where it was.
    await services.analytics.refreshMetrics();
    const before = await app.db.lastCommit();
    const state = await services.analytics.refreshMetrics();
    expect(state?.graphAt).toBe(before);
    expect(await app.db.lastCommit()).toBe(before); // storing them is not a change of the graph
    const fresh = CityMetricsAnswerSchema.parse((await app.get('/api/analytics/cities/ru-kaluga')).body);
    expect(fresh).toMatchObject({ status: 'fresh', computed: { graphAt: before } });
    expect(fresh.metrics!.rankCountry).toBeGreaterThanOrEqual(1);
    expect(fresh.metrics!.rankCountry).toBeLessThanOrEqual(fresh.countryPlaces!);
    const session = app.db.driver.session({ database: app.db.database });
    try {
      const [row] = (
        await session.run(
          'MATCH (c:City) WHERE c.metricsAt IS NOT NULL RETURN count(c) AS n, collect(DISTINCT c.metricsBy) AS by',
        )
      ).records;
      expect(row!.get('by')).toEqual([expect.stringMatching(/^computed by Pobratim .* as of commit /)]);
      expect(row!.get('n')).toBe((await figures('')).places);
      // Not exported as facts: the GraphML export has no metric among its attributes.
      const graphml = await (await fetch(`${app.url}/api/export?format=graphml&country=RU,BY`)).text();
      expect(graphml).not.toMatch(/pagerank|metricsAt|community/);
      // A change of the graph: the stored metrics are no longer served as fresh, and a refresh makes them so.
      await session.run("MATCH (c:City {id: 'ru-kaluga'}) SET c.analyticsProbe = true");
      const stale = CityMetricsAnswerSchema.parse((await app.get('/api/analytics/cities/ru-kaluga')).body);
      expect(stale).toMatchObject({ status: 'computing', metrics: null });
      const again = await services.analytics.refreshMetrics();
      expect(again?.graphAt).toBe(await app.db.lastCommit());
      expect(again?.graphAt).not.toBe(before);
      await session.run("MATCH (c:City {id: 'ru-kaluga'}) REMOVE c.analyticsProbe");
    } finally {
      await session.close();
    }
    expect((await app.get('/api/analytics/cities/no-such-city')).status).toBe(404);
  });
});
