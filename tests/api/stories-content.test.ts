// Stories are content, not facts: pinning one keeps the response cache (the graph's marker ignores story
// commits), counts as no citation of any source, validates like /api/graph, and is bounded — one story's size
// (413), all stories' count and bytes (507) — while identical content is stored once.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { GraphService } from '../../server/graph/graph.service.ts';
import { startTestApp, testDatabase, type TestApp } from '../helpers/test-app.ts';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  const session = app.db.driver.session({ database: app.db.database });
  await session.run("MATCH (s:Story) WHERE s.id STARTS WITH 'zz-' DETACH DELETE s").finally(() => session.close());
  await app.close();
});

const pin = (target: TestApp, body: object) =>
  fetch(`${target.url}/api/stories`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  }).then(async (r) => ({ status: r.status, body: await r.json() }));
const storyCount = async (target: TestApp) => (await target.db.read<{ count: number }>('count-stories'))[0]!.count;
const ARTICLE = 'kp40-2017-03-31';

describe('pinning a story', () => {
  it('keeps the response cache: no graph query runs again, while a data write still refreshes it', async () => {
    const select = vi.spyOn(GraphService.prototype, 'select');
    try {
      // The first story of a fresh database also creates its property names (committed by Neo4j on their own,
      // a change once); from then on a pin commits only the story.
      await pin(app, { focus: 'by-mogilev', to: 2015 });
      const first = await app.get('/api/graph?country=RU,BY');
      const before = await app.db.lastCommit();
      expect((await pin(app, { focus: 'by-mogilev', to: 2016 })).status).toBe(201); // (pinning reads the graph itself)
      expect(await app.db.lastCommit()).toBe(before);
      const calls = select.mock.calls.length;
      expect((await app.get('/api/graph?country=RU,BY')).body).toEqual(first.body);
      expect(select.mock.calls.length).toBe(calls); // served from the cache
      await app.db.write('merge-sources', { rows: [{ id: 'zz-cache-probe', props: { title: 'probe' } }] });
      await app.get('/api/graph?country=RU,BY');
      expect(select.mock.calls.length).toBe(calls + 1);
    } finally {
      select.mockRestore();
      const session = app.db.driver.session({ database: app.db.database });
      await session.run("MATCH (s:Source {id: 'zz-cache-probe'}) DELETE s").finally(() => session.close());
    }
  });

  it("counts as no citation: the sources' lists and counts stay those of the facts", async () => {
    const count = async () =>
      (await app.get('/api/sources')).body.sources.find((s: { id: string }) => s.id === ARTICLE).citesTotal;
    const before = await count();
    const detail = (await app.get(`/api/sources/${ARTICLE}`)).body;
    expect((await pin(app, { focus: 'by-mogilev', to: 2017 })).status).toBe(201);
    // A story stored when stories were still linked to their sources does not count either.
    const session = app.db.driver.session({ database: app.db.database });
    await session
      .run(
        "MATCH (src:Source {id: $id}) CREATE (:Story {id: 'zz-legacy-story', pinnedAt: '2026-01-01', view: '{}', graph: '{}'})-[:SOURCED_BY]->(src)",
        { id: ARTICLE },
      )
      .finally(() => session.close());
    expect(await count()).toBe(before);
    const after = (await app.get(`/api/sources/${ARTICLE}`)).body;
    expect(after).toEqual(detail);
    expect(after.cites.some((c: { type: string }) => c.type === 'Story')).toBe(false);
    const [row] = await app.db.read<{ unsourced: string[] }>('list-unsourced');
    expect(row!.unsourced.filter((id) => id.startsWith('zz-'))).toEqual([]);
  });

  it('validates like everywhere else: from after to is a 400', async () => {
    const res = await pin(app, { focus: 'ru-kaluga', from: 2015, to: 2010 });
    expect(res.status).toBe(400);
    expect(res.body.error.details.fields[0].field).toBe('from');
  });

  it('stores identical content once: the same filters in another order give the same story', async () => {
    const a = await pin(app, { country: ['RU', 'BY'], kind: ['twinning', 'cooperation'] });
    expect(a.status).toBe(201);
    const stored = await storyCount(app);
    const b = await pin(app, { kind: ['cooperation', 'twinning'], country: ['BY', 'RU', 'BY'] });
    expect(b.body).toMatchObject({ id: a.body.id, pinnedAt: a.body.pinnedAt });
    expect(await storyCount(app)).toBe(stored);
  });

  it("is bounded: one story's size (413), and all stories' count and bytes (507)", async () => {
    const small = await startTestApp(testDatabase(), {
      storyLimits: { maxBytes: 2_000, maxCount: 1_000, maxTotalBytes: 1e9 },
    });
    try {
      const big = await pin(small, { country: ['RU', 'BY'] });
      expect(big.status).toBe(413);
      expect(big.body.error.code).toBe('story_too_large');
    } finally {
      await small.close();
    }
    const stored = await storyCount(app);
    const full = await startTestApp(testDatabase(), {
      storyLimits: { maxBytes: 1e6, maxCount: stored, maxTotalBytes: 1e9 },
    });
    try {
      const refused = await pin(full, { focus: 'ru-tula' });
      expect(refused.status).toBe(507);
      expect(refused.body.error.code).toBe('story_storage_full');
      // A story already stored is still answered: pinning it again stores nothing.
      expect((await pin(full, { country: ['BY', 'RU'], kind: ['twinning', 'cooperation'] })).status).toBe(201);
    } finally {
      await full.close();
    }
    const bytesFull = await startTestApp(testDatabase(), {
      storyLimits: { maxBytes: 1e6, maxCount: 1_000, maxTotalBytes: 1 },
    });
    try {
      expect((await pin(bytesFull, { focus: 'ru-tula' })).status).toBe(507);
    } finally {
      await bytesFull.close();
    }
    expect(await storyCount(app)).toBe(stored);
  });
});
