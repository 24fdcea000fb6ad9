// The graph, path, sources and OpenAPI endpoints against the seeded database.
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphFromColumns } from '../../core/graph/graph-columns.ts';
import { GraphColumnsSchema } from '../../core/schemas/graph-columns.schema.ts';
import { startTestApp, type TestApp } from '../helpers/test-app.ts';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

describe('GET /api/graph', () => {
  it('returns nodes with degree and coordinates and links with kind, date and sources', async () => {
    const { status, body } = await app.get('/api/graph?country=RU,BY');
    expect(status).toBe(200);
    expect(body.truncated).toBe(false);
    const ids = new Set(body.nodes.map((n: any) => n.id));
    for (const l of body.links) {
      expect(ids.has(l.source) && ids.has(l.target)).toBe(true);
      expect(l.sources.length).toBeGreaterThan(0);
    }
    const mogilev = body.nodes.find((n: any) => n.id === 'by-mogilev');
    expect(mogilev).toMatchObject({ type: 'city', country: 'BY', lat: 53.9168, lon: 30.3449, degree: 5 });
  });

  it('is gzipped for a client that accepts it, and plain for one that does not', async () => {
    const gz = await fetch(`${app.url}/api/graph`, { headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    const plain = await fetch(`${app.url}/api/graph`, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await gz.json()).toEqual(await plain.json()); // fetch unzips it
  });

  it('is also in columns as a gzip file (/api/graph.columns.json.gz): not encoded, checked by its schema, the same graph once turned back into rows, and the same 4xx', async () => {
    const file = await fetch(`${app.url}/api/graph.columns.json.gz?country=RU,BY`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/gzip');
    expect(file.headers.get('content-encoding')).toBeNull();
    const columns = JSON.parse(gunzipSync(Buffer.from(await file.arrayBuffer())).toString('utf8'));
    expect(GraphColumnsSchema.safeParse(columns).error).toBeUndefined();
    expect(graphFromColumns(columns)).toEqual((await app.get('/api/graph?country=RU,BY')).body);
    const bad = await fetch(`${app.url}/api/graph.columns.json.gz?limit=0`);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { code: string } }).error.code).toBe('bad_request');
  });

  it('keeps ties dated up to a year and drops undated ones on request', async () => {
    const { body } = await app.get('/api/graph?to=1995&undated=exclude');
    expect(body.links.map((l: any) => l.id)).toEqual(['by-borisov--ru-podolsk']);
    const withUndated = await app.get('/api/graph?to=1995');
    expect(withUndated.body.links.every((l: any) => l.year === null || l.year <= 1995)).toBe(true);
    expect(withUndated.body.links.length).toBeGreaterThan(1);
  });

  it('focuses on a city and its neighbourhood', async () => {
    const one = await app.get('/api/graph?focus=ru-kaluga&depth=1');
    expect(one.body.nodes.map((n: any) => n.id).sort()).toEqual(['by-minsk', 'ru-kaluga', 'ru-smolensk', 'ru-tula']);
    const two = await app.get('/api/graph?focus=ru-kaluga&depth=2');
    expect(two.body.nodes.length).toBeGreaterThan(one.body.nodes.length);
    expect(two.body.nodes.map((n: any) => n.id)).toContain('by-mogilev');
  });

  it('filters by kind and caps links, saying so', async () => {
    const coop = await app.get('/api/graph?kind=cooperation');
    expect(coop.body.links.every((l: any) => l.kinds.includes('cooperation'))).toBe(true);
    expect(coop.body.links).toHaveLength(2);
    const capped = await app.get('/api/graph?limit=3');
    expect(capped.body.links).toHaveLength(3);
    expect(capped.body.truncated).toBe(true);
  });

  it('404s on an unknown focus city', async () => {
    expect((await app.get('/api/graph?focus=xx-nowhere')).status).toBe(404);
  });

  it('answers repeats from its cache until anyone writes to the graph, and revalidates with ETags', async () => {
    const path = '/api/graph?focus=ru-kaluga&depth=1';
    const first = await fetch(app.url + path);
    const etag = first.headers.get('etag')!;
    expect(etag).toBeTruthy();
    // (fetch adds `cache-control: no-cache` to a conditional request unless told otherwise, as a browser would not)
    const revalidate = { 'if-none-match': etag, 'cache-control': 'max-age=0' };
    expect((await fetch(app.url + path, { headers: revalidate })).status).toBe(304);
    expect((await app.get('/api/cities/ru-tula')).body.city.nameEn).toBe('Tula'); // now cached too
    // A write that does not go through this server (as from Neo4j Browser) is seen on the very next request.
    const write = (query: string) => app.db.driver.executeQuery(query, {}, { database: app.db.database });
    await write("MATCH (c:City {id: 'ru-tula'}) SET c.nameEn = 'Tula (renamed by a test)'");
    try {
      const changed = await fetch(app.url + path, { headers: revalidate });
      expect(changed.status).toBe(200);
      expect((await changed.json()).nodes.find((n: any) => n.id === 'ru-tula').nameEn).toBe('Tula (renamed by a test)');
      expect((await app.get('/api/cities/ru-tula')).body.city.nameEn).toBe('Tula (renamed by a test)');
    } finally {
      await write("MATCH (c:City {id: 'ru-tula'}) SET c.nameEn = 'Tula'");
    }
    expect((await app.get(path)).body.nodes.find((n: any) => n.id === 'ru-tula').nameEn).toBe('Tula');
    expect((await app.get('/api/cities/ru-tula')).body.city.nameEn).toBe('Tula');
  });
});

describe('GET /api/path', () => {
  it('finds the shortest chain with the agreements on it', async () => {
    const { body } = await app.get('/api/path?from=ru-tula&to=ru-omsk');
    expect(body).toMatchObject({ found: true, length: 2 });
    expect(body.cities.map((c: any) => c.id)).toEqual(['ru-tula', 'by-mogilev', 'ru-omsk']);
    expect(body.steps[0].agreements[0]).toMatchObject({ id: 'agr-ru-tula-by-mogilev-1998', date: '1998-11-26' });
  });
  it('says when there is no chain, and 404s on an unknown city', async () => {
    expect((await app.get('/api/path?from=ru-podolsk&to=ru-omsk')).body).toMatchObject({ found: false, steps: [] });
    expect((await app.get('/api/path?from=ru-podolsk&to=xx-none')).status).toBe(404);
    expect((await app.get('/api/path?from=ru-podolsk&to=ru-podolsk')).status).toBe(400);
  });
});

describe('sources', () => {
  it('lists sources with citation counts and shows what one supports', async () => {
    const list = await app.get('/api/sources');
    const article = list.body.sources.find((s: any) => s.id === 'kp40-2017-03-31');
    expect(article).toMatchObject({
      url: 'https://www.kp40.ru/news/society/42774',
      publisher: 'kp40.ru',
      date: '2017-03-31',
    });
    expect(article.citesTotal).toBeGreaterThan(10);
    const one = await app.get('/api/sources/smolsovet-5702');
    expect(one.body.cites.map((c: any) => c.id)).toContain('agr-ru-kaluga-duma-ru-smolensk-council-2012');
    expect((await app.get('/api/sources/nope')).status).toBe(404);
  });
  it('every source a fact cites exists', async () => {
    const ids = new Set((await app.get('/api/sources')).body.sources.map((s: any) => s.id));
    const graph = await app.get('/api/graph');
    for (const l of graph.body.links) for (const s of l.sources) expect(ids.has(s)).toBe(true);
  });
});

describe('API documentation', () => {
  it('serves an OpenAPI 3.1 document built from the schemas, and a docs page', async () => {
    const { status, body } = await app.get('/api/openapi.json');
    expect(status).toBe(200);
    expect(body.openapi).toBe('3.1.0');
    expect(Object.keys(body.paths)).toEqual(
      expect.arrayContaining(['/api/cities', '/api/cities/{id}', '/api/graph', '/api/path']),
    );
    expect(body.components.schemas.CityDetail).toBeDefined();
    const params = body.paths['/api/graph'].get.parameters.map((p: any) => p.name);
    expect(params).toEqual(expect.arrayContaining(['country', 'kind', 'from', 'to', 'focus', 'depth', 'limit']));
    const docs = await fetch(`${app.url}/api/docs/`);
    expect(docs.status).toBe(200);
    expect(await docs.text()).toContain('swagger-ui');
  });
});
