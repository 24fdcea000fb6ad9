// Partnership suggestions against the seeded database: never an existing partner, reasons that hold, 4xx on bad
// input, nothing written, and a model refitted after a write (docs/suggestions.md).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Services } from '../../server/services.ts';
import { startTestApp, type TestApp } from '../helpers/test-app.ts';
import { createServices } from '../../server/services.ts';
import { testDatabase } from '../helpers/test-app.ts';
import { SuggestionService } from '../../server/suggestions/suggestion.service.ts';
import type { GraphQuery } from '../../core/schemas/graph.schema.ts';
import type { SuggestionList } from '../../core/schemas/suggestion.schema.ts';

let app: TestApp;
let services: Services;
beforeAll(async () => {
  const db = testDatabase();
  services = createServices(db);
  app = await startTestApp(db, { services });
}, 60_000);
afterAll(async () => {
  await app.close();
});

const partnersOf = async (id: string) =>
  new Set(((await app.get(`/api/cities/${id}`)).body.ties as { city: { id: string } }[]).map((t) => t.city.id));

describe('GET /api/cities/:id/suggestions', () => {
  it('ranks cities that are not yet partners, with reasons that hold', async () => {
    const { status, body } = await app.get('/api/cities/ru-kaluga/suggestions');
    expect(status).toBe(200);
    expect(body.computed).toBe(true);
    expect(body.city).toBe('ru-kaluga');
    expect(body.suggestions.length).toBeGreaterThan(0);
    expect(body.suggestions.length).toBeLessThanOrEqual(10);
    const mine = await partnersOf('ru-kaluga');
    for (const [i, s] of body.suggestions.entries()) {
      expect(s.rank).toBe(i + 1);
      expect(s.city.id).not.toBe('ru-kaluga');
      expect(mine.has(s.city.id)).toBe(false);
      expect(['strong', 'moderate', 'weak']).toContain(s.strength);
      expect(s).not.toHaveProperty('probability');
      expect(s.reasons.sharedPartners.length).toBe(Math.min(5, s.reasons.sharedPartnerCount));
      const theirs = await partnersOf(s.city.id);
      for (const p of s.reasons.sharedPartners) expect(mine.has(p.id) && theirs.has(p.id)).toBe(true);
    }
    // Every suggestion names the signals that weigh most for it.
    for (const s of body.suggestions) expect(s.reasons.signals.length).toBeGreaterThan(0);
  });

  it('keeps to one country and a limit', async () => {
    const { status, body } = await app.get('/api/cities/ru-kaluga/suggestions?country=BY&limit=3');
    expect(status).toBe(200);
    expect(body.suggestions.length).toBeGreaterThan(0);
    expect(body.suggestions.length).toBeLessThanOrEqual(3);
    for (const s of body.suggestions) expect(s.city.country).toBe('BY');
  });

  it('answers 404 for an unknown city and 400 for bad parameters', async () => {
    const unknown = await app.get('/api/cities/xx-nowhere/suggestions');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBeTruthy();
    for (const q of ['limit=0', 'limit=51', 'country=Belarus', 'limit=x']) {
      const bad = await app.get(`/api/cities/ru-kaluga/suggestions?${q}`);
      expect(bad.status, q).toBe(400);
      expect(bad.body.error.message).toBeTruthy();
    }
  });

  it('stores nothing: the graph and the last commit are the same after suggesting', async () => {
    const before = await app.get('/api/graph');
    const marker = await app.db.lastCommit();
    await app.get('/api/cities/ru-tula/suggestions?limit=20');
    await app.get('/api/suggestions/pairs?countries=RU,BY');
    expect(await app.db.lastCommit()).toBe(marker);
    expect((await app.get('/api/graph')).body.links.length).toBe(before.body.links.length);
  });

  it('refits the model after a write, and only then', async () => {
    await app.get('/api/cities/ru-kaluga/suggestions');
    const fits = services.suggestions.fits;
    await app.get('/api/cities/ru-kaluga/suggestions?limit=5');
    expect(services.suggestions.fits).toBe(fits);
    await app.db.driver.executeQuery('CREATE (n:SuggestTestWrite) DELETE n', {}, { database: app.db.database });
    await app.get('/api/cities/ru-kaluga/suggestions');
    await services.suggestions.fitted();
    expect(services.suggestions.fits).toBe(fits + 1);
  });

  it('while the model is refitted after a write, answers at once from the previous one, leaving out the tie just made', async () => {
    // The refit is held at a gate, so the order of events is certain.
    let open = () => {};
    let gate = Promise.resolve();
    const graph = { get: async (q: GraphQuery) => (await gate, services.graph.get(q)) };
    const partnersOf = (id: string) => services.cities.get(id).then((c) => new Set(c.ties.map((t) => t.city.id)));
    const model = new SuggestionService(graph, app.db, partnersOf, services.cache);
    await model.fitted();
    const q = { limit: 10 };
    const before = await model.forCity('ru-kaluga', q);
    expect(before.stale).toBe(false);
    const top = before.suggestions[0]!.city.id;
    gate = new Promise((res) => (open = res));
    const sources = (await services.cities.get('ru-kaluga')).ties[0]!.sources;
    const write = (cypher: string) =>
      app.db.driver.executeQuery(cypher, { top, sources }, { database: app.db.database, routing: 'WRITE' });
    await write(`MATCH (a:City {id: 'ru-kaluga'}), (b:City {id: $top})
      CREATE (a)-[:TIE {id: 'test-suggest-tie', kind: 'twinning', kinds: ['twinning'], agreements: [], sources: $sources}]->(b)`);
    try {
      const during = JSON.parse(await model.forCityJson('ru-kaluga', q)) as SuggestionList;
      expect(during.stale).toBe(true);
      expect(model.fits).toBe(1);
      expect(during.suggestions.map((s) => s.city.id)).not.toContain(top);
      expect(during.suggestions.length).toBeGreaterThanOrEqual(before.suggestions.length - 1);
      open();
      await model.fitted();
      expect(model.fits).toBe(2);
      const after = JSON.parse(await model.forCityJson('ru-kaluga', q)) as SuggestionList;
      expect(after.stale).toBe(false);
      expect(after.suggestions.map((s) => s.city.id)).not.toContain(top);
    } finally {
      open();
      await write("MATCH ()-[t:TIE {id: 'test-suggest-tie'}]-() DELETE t");
    }
  });
});

describe('GET /api/suggestions/pairs', () => {
  it('suggests Russia–Belarus city pairs that are not tied yet, strongest first', async () => {
    const { status, body } = await app.get('/api/suggestions/pairs?countries=RU,BY&limit=5');
    expect(status).toBe(200);
    expect(body.computed).toBe(true);
    expect(body.pairs.length).toBeGreaterThan(0);
    expect(body.pairs.length).toBeLessThanOrEqual(5);
    for (const p of body.pairs) {
      expect(p.from.country).toBe('RU');
      expect(p.city.country).toBe('BY');
      expect((await partnersOf(p.from.id)).has(p.city.id)).toBe(false);
    }
    expect((await app.get('/api/suggestions/pairs?countries=RU')).status).toBe(400);
  });
});
