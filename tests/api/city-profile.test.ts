// A city's profile (GET /api/cities/:id/profile) against the real Neo4j: partners by country as /api/graph's focus
// view holds them, ties by year, forums, metrics and the cities like it (never itself); and the metrics /api/graph
// carries for colour by community and size by a metric, which reach a cached graph once they are stored.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CityProfileSchema } from '../../core/schemas/profile.schema.ts';
import { GraphSchema, type Graph } from '../../core/schemas/graph.schema.ts';
import { createServices, type Services } from '../../server/services.ts';
import { startTestApp, testDatabase, type TestApp } from '../helpers/test-app.ts';

const KALUGA = 'ru-kaluga';
let app: TestApp;
let services: Services;
beforeAll(async () => {
  const db = testDatabase();
  services = createServices(db);
  app = await startTestApp(db, { services });
});
afterAll(async () => {
  await services.analytics.refreshMetrics().catch(() => {}); // one a profile's stale metrics started, finished
  await app.db.writeContent('set-city-metrics', { rows: [], graphAt: 'none', by: '' }); // leave no metrics behind
  await services.analytics.close();
  await app.close();
});

const graphOf = async (query: string): Promise<Graph> => {
  const res = await app.get(`/api/graph?${query}`);
  expect(res.status).toBe(200);
  return GraphSchema.parse(res.body);
};

describe('the metrics in /api/graph', () => {
  it('are left out until computed, then carried (rounded) even by a graph the cache already held', async () => {
    // Another instance stores metrics once, so the property names exist (their creation is a commit of its own);
    // then none are left, and the graph's marker no longer moves when this app stores them (content).
    const warm = createServices(app.db);
    await warm.analytics.refreshMetrics();
    await warm.analytics.close();
    await app.db.writeContent('set-city-metrics', { rows: [], graphAt: 'none', by: '' });
    const marker = await app.db.lastCommit();

    const before = await graphOf(`focus=${KALUGA}`);
    expect(before.nodes.length).toBeGreaterThan(3);
    for (const n of before.nodes) expect(Object.keys(n)).not.toContain('community'); // left out: not computed

    await services.analytics.refreshMetrics();
    expect(await app.db.lastCommit()).toBe(marker); // same graph: only the cache's metrics tag tells the change
    const after = await graphOf(`focus=${KALUGA}`);
    const kaluga = after.nodes.find((n) => n.id === KALUGA)!;
    expect(kaluga.community).toBeTypeOf('number');
    expect(kaluga.pagerank).toBeGreaterThan(0);
    for (const n of after.nodes) {
      expect(n.pagerank, n.id).not.toBeNull();
      expect(Number(n.pagerank!.toPrecision(3)), n.id).toBe(n.pagerank); // 3 significant digits: a small payload
      for (const m of ['pagerankWeighted', 'betweenness', 'closeness'] as const) {
        expect(n[m], `${n.id} ${m}`).toBeTypeOf('number');
        expect(Number(n[m]!.toPrecision(3)), `${n.id} ${m}`).toBe(n[m]);
      }
    }
    // The same numbers as the city's metrics (rounded): closeness and weighted PageRank size by what is stored.
    const { body: stored } = await app.get(`/api/analytics/cities/${KALUGA}`);
    expect(kaluga.closeness).toBe(Number(stored.metrics.closeness.toPrecision(3)));
    expect(kaluga.pagerankWeighted).toBe(Number(stored.metrics.pagerankWeighted.toPrecision(3)));
    const whole = await graphOf('');
    expect(whole.nodes.every((n) => n.community !== null)).toBe(true);
    // A change of the graph: its metrics are of the old graph until recomputed, so none are served meanwhile.
    const session = app.db.driver.session({ database: app.db.database });
    try {
      await session.run("MATCH (c:City {id: 'ru-kaluga'}) SET c.profileProbe = true");
      const changed = await graphOf(`focus=${KALUGA}`);
      expect(changed.nodes.find((n) => n.id === KALUGA)!.community).toBeUndefined();
      await session.run("MATCH (c:City {id: 'ru-kaluga'}) REMOVE c.profileProbe");
    } finally {
      await session.close();
    }
  }, 120_000);
});

describe('GET /api/cities/:id/profile', () => {
  it("gives Kaluga's partners by country as /api/graph's focus view holds them, its ties by year and forums", async () => {
    const res = await app.get(`/api/cities/${KALUGA}/profile`);
    expect(res.status).toBe(200);
    const profile = CityProfileSchema.parse(res.body);
    expect(profile.city.id).toBe(KALUGA);

    const focus = await graphOf(`focus=${KALUGA}`);
    const country = new Map(focus.nodes.map((n) => [n.id, n.country]));
    const ties = focus.links.filter((l) => l.source === KALUGA || l.target === KALUGA);
    const expected = new Map<string | null, number>();
    for (const l of ties) {
      const c = country.get(l.source === KALUGA ? l.target : l.source) ?? null;
      expected.set(c, (expected.get(c) ?? 0) + 1);
    }
    expect(ties.length).toBeGreaterThanOrEqual(3); // the curated Kaluga has a few
    expect(new Map(profile.partners.map((g) => [g.country, g.partners.length]))).toEqual(expected);
    const counts = profile.partners.map((g) => g.partners.length);
    expect(counts).toEqual([...counts].sort((a, b) => b - a)); // most first

    // Every tie, once, with its sources; dated ones by year, undated ones apart.
    const partners = profile.partners.flatMap((g) => g.partners);
    expect(partners.map((p) => p.tie).sort()).toEqual(ties.map((l) => l.id).sort());
    const cited = new Set(profile.sources.map((s) => s.id));
    for (const p of partners) {
      expect(p.sources.length, p.tie).toBeGreaterThan(0);
      for (const s of p.sources) expect(cited.has(s), s).toBe(true);
    }
    expect(profile.years.undated).toBe(ties.filter((l) => l.year === null).length);
    expect(profile.years.dated.reduce((s, y) => s + y.ties, 0)).toBe(ties.filter((l) => l.year !== null).length);
    // Kaluga's delegation spoke at the IX forum (Mogilev, 2017), which the seed sources.
    expect(profile.forums).toContainEqual(expect.objectContaining({ id: 'forum-09', role: 'guest' }));
  });

  it('lists cities like it by shared partners, never itself, best first, each shared partner a partner', async () => {
    const profile = CityProfileSchema.parse((await app.get(`/api/cities/${KALUGA}/profile`)).body);
    const similar = profile.similar.cities;
    expect(similar.length).toBeGreaterThan(0);
    expect(similar.map((s) => s.city.id)).not.toContain(KALUGA);
    const scores = similar.map((s) => s.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const partnerIds = new Set(profile.partners.flatMap((g) => g.partners.map((p) => p.city.id)));
    const degree = partnerIds.size;
    for (const s of similar) {
      expect(s.shared.length).toBeGreaterThan(0);
      for (const x of s.shared) expect(partnerIds.has(x.city.id), x.city.id).toBe(true);
      expect(s.score).toBeGreaterThan(0);
      expect(s.score).toBeLessThanOrEqual(1);
      expect(s.shared.length / Math.sqrt(degree)).toBeGreaterThanOrEqual(s.score - 1e-9); // cosine ≤ shared/√k
    }
    expect(profile.similar.by).toMatch(/computed by Pobratim/);
    expect(profile.metrics.status).toMatch(/fresh|computing/);
  });

  it('answers an unknown city with 404 JSON', async () => {
    const res = await app.get('/api/cities/no-such-city/profile');
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('not_found');
  });
});
