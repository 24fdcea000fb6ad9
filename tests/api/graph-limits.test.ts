// The response cache serves /api/graph's limits from shared selections (the whole network: one for every limit; a
// focus view: one per bucket of limits), cut to each limit, so distinct limits do not each query the database, and
// the cut equals the answer for that limit; /api/sources is cached like the rest. Embeds share the same selections.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { GraphService } from '../../server/graph/graph.service.ts';
import { GraphSchema, type Graph } from '../../core/schemas/graph.schema.ts';
import { SourceRepository } from '../../server/sources/source.repository.ts';
import { startTestApp, type TestApp } from '../helpers/test-app.ts';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

describe('GET /api/graph limits', () => {
  it('of the whole network are all served from one selection, each cut exactly to its limit', async () => {
    const select = vi.spyOn(GraphService.prototype, 'select');
    try {
      const whole = GraphSchema.parse((await app.get('/api/graph?limit=100')).body);
      expect(whole.links.length).toBeGreaterThan(10);
      const cuts: Graph[] = [];
      for (const limit of [3, 4, 5, 7, 9])
        cuts.push(GraphSchema.parse((await app.get(`/api/graph?limit=${limit}&undated=include`)).body));
      [3, 4, 5, 7, 9].forEach((limit, i) => {
        const cut = cuts[i]!;
        expect(cut.links).toEqual(whole.links.slice(0, limit));
        expect(cut.truncated).toBe(true);
        const ends = new Set(cut.links.flatMap((l) => [l.source, l.target]));
        expect(cut.nodes.map((n) => n.id).sort()).toEqual([...ends].sort());
        for (const a of cut.attribution) expect(whole.attribution).toContain(a);
      });
      // Limits in other buckets, the default, the largest: the same selection (the world's is costly to read).
      for (const limit of ['101', '20001', '', '50000']) await app.get(`/api/graph${limit && `?limit=${limit}`}`);
      expect(select.mock.calls.length).toBe(1);
    } finally {
      select.mockRestore();
    }
  });

  it('of a focus view are served from one selection per bucket', async () => {
    const select = vi.spyOn(GraphService.prototype, 'select');
    try {
      for (const limit of [3, 4, 5]) await app.get(`/api/graph?focus=ru-kaluga&depth=2&limit=${limit}`);
      expect(select.mock.calls.length).toBe(1); // the bucket of 100
      await app.get('/api/graph?focus=ru-kaluga&depth=2&limit=101');
      expect(select.mock.calls.length).toBe(2); // the bucket of 500
    } finally {
      select.mockRestore();
    }
  });

  it('cut a focus view like a direct answer', async () => {
    const direct = GraphSchema.parse((await app.get('/api/graph?focus=ru-kaluga&depth=2&limit=100')).body);
    const cut = GraphSchema.parse((await app.get('/api/graph?focus=ru-kaluga&depth=2&limit=2')).body);
    expect(cut.links).toEqual(direct.links.slice(0, 2));
    expect(cut.truncated).toBe(direct.links.length > 2);
  });
});

describe('embed limits', () => {
  it('share the selection of their bucket too: snapshots of nearby limits query the database once', async () => {
    const select = vi.spyOn(GraphService.prototype, 'select');
    try {
      for (const limit of [11, 12, 13])
        expect((await fetch(`${app.url}/api/snapshot.svg?country=RU,BY&limit=${limit}`)).status).toBe(200);
      expect(select.mock.calls.length).toBe(1);
      const page = await (await fetch(`${app.url}/embed?country=RU,BY&limit=12`)).text();
      expect(page).toContain('pobratim-data');
      expect(select.mock.calls.length).toBe(1);
    } finally {
      select.mockRestore();
    }
  });
});

describe('GET /api/sources', () => {
  it('is kept in the response cache until the graph changes', async () => {
    const list = vi.spyOn(SourceRepository.prototype, 'list');
    try {
      const first = await app.get('/api/sources');
      const second = await app.get('/api/sources');
      expect(second.body).toEqual(first.body);
      expect(list.mock.calls.length).toBeLessThanOrEqual(1);
      expect((await app.get('/api/sources/no-such-source')).status).toBe(404);
    } finally {
      list.mockRestore();
    }
  });
});
