// The graph bodies' thread (server/graph/graph-bodies.ts): the same gzipped JSON as cutting and writing on the main
// thread, in rows and in columns; a selection posted in shared memory and parsed once per key; bounded (a full
// queue answers 503 busy at once).
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { graphToColumns } from '../../core/graph/graph-columns.ts';
import type { GraphQuery } from '../../core/schemas/graph.schema.ts';
import type { AppError } from '../../server/errors/errors.ts';
import { GraphBodies } from '../../server/graph/graph-bodies.ts';
import graphBody, { selectionOf } from '../../server/graph/graph-body-worker.ts';
import { cutPart, partBytes, type GraphPart } from '../../server/graph/graph-cut.ts';

/** A chain of `n` cities, each tie citing one of two sources (one licensed), the odd cities' coordinates a third. */
function selection(n: number): GraphPart {
  const nodes = Array.from({ length: n }, (_, i) => ({
    id: `c-${i}`,
    type: 'city',
    nameRu: `Город ${i}`,
    nameEn: `Town ${i}`,
    country: i % 2 ? 'RU' : 'BY',
    lat: i % 2 ? 50 + i / n : null,
    lon: i % 2 ? 30 + i / n : null,
    degree: 2,
  }));
  const links = nodes.slice(1).map((b, i) => ({
    id: `c-${i}--${b.id}`,
    source: `c-${i}`,
    target: b.id,
    kind: 'twinning',
    kinds: ['twinning'],
    date: null,
    datePrecision: null,
    year: null,
    agreements: [],
    sources: [i < 3 ? 'src-b' : 'src-a'],
  }));
  const coordinatesSources = new Map(nodes.filter((c) => c.lat !== null).map((c) => [c.id, ['src-geo']]));
  return { nodes, links, coordinatesSources, licences: { 'src-a': 'CC BY-SA 4.0', 'src-geo': 'CC BY 4.0' } };
}

const query = (limit: number): GraphQuery => ({ limit, depth: 1, undated: 'include' }) as GraphQuery;
const json = (gz: Uint8Array) => JSON.parse(gunzipSync(gz).toString('utf8')) as unknown;

describe('graph bodies', () => {
  it('cuts and writes the same JSON off the main thread as on it, in rows and in columns', async () => {
    const part = selection(2000);
    const bodies = new GraphBodies();
    try {
      for (const limit of [2, 100, 1999, 50_000]) {
        const view = cutPart(part, query(limit));
        expect(json(await bodies.gz({ key: 'k', bytes: partBytes(part) }, query(limit), 'rows'))).toEqual(view);
        expect(json(await bodies.gz({ key: 'k', bytes: partBytes(part) }, query(limit), 'columns'))).toEqual(
          JSON.parse(JSON.stringify(graphToColumns(view))),
        );
      }
      // The attribution: each licence once, in source id order; an unlicensed source adds none.
      expect(cutPart(part, query(2)).attribution).toEqual(['CC BY 4.0']);
      expect(cutPart(part, query(10)).attribution).toEqual(['CC BY-SA 4.0', 'CC BY 4.0']);
    } finally {
      await bodies.close();
    }
  }, 60_000);

  it('parses a selection once per key, keeping the last two', () => {
    const part = selection(50);
    const bytes = partBytes(part);
    // Shared memory: posted to the thread as a reference, not copied on the main thread.
    expect(bytes.buffer).toBeInstanceOf(SharedArrayBuffer);
    const a = selectionOf({ key: 'a', bytes });
    expect(a).toEqual(part);
    expect(selectionOf({ key: 'a', bytes })).toBe(a); // kept
    selectionOf({ key: 'b', bytes });
    selectionOf({ key: 'c', bytes });
    expect(selectionOf({ key: 'a', bytes })).not.toBe(a); // forgotten: 2 kept
    expect(selectionOf({ key: undefined, bytes })).not.toBe(selectionOf({ key: undefined, bytes })); // never kept
    expect(json(graphBody({ key: 'a', bytes, q: query(10), form: 'rows' }))).toEqual(cutPart(part, query(10)));
  });

  it('refuses at once with 503 busy when its queue is full', async () => {
    const part = selection(30_000);
    const bytes = partBytes(part);
    const bodies = new GraphBodies(2);
    try {
      expect(json(await bodies.gz({ key: 'w', bytes }, query(10), 'rows'))).toEqual(cutPart(part, query(10)));
      const asked = Array.from({ length: 8 }, (_, i) =>
        bodies.gz({ key: undefined, bytes }, query(29_000 + i), 'rows'),
      );
      const settled = await Promise.allSettled(asked);
      const refused = settled.flatMap((s) => (s.status === 'rejected' ? [s.reason as AppError] : []));
      expect(refused.length).toBeGreaterThan(0);
      for (const err of refused) expect(err).toMatchObject({ code: 'busy' });
      expect(settled.filter((s) => s.status === 'fulfilled').length).toBeGreaterThanOrEqual(2);
    } finally {
      await bodies.close();
    }
  }, 60_000);
});
