// POST /api/cypher answers reads faithfully (exact integers, ISO dates, points, nodes, relationships, paths),
// caps rows and query size, limits the rate per client, and GET /api/cypher/schema counts the graph's vocabulary.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CypherResultSchema, CypherSchemaInfoSchema } from '../../core/schemas/cypher-console.schema.ts';
import { examples } from '../../web/console/examples.ts';
import { postCypher } from '../helpers/cypher-client.ts';
import { startTestApp, type TestApp } from '../helpers/test-app.ts';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp(undefined, { cypherConsole: { rateLimit: 10_000, maxRows: 50, maxQueryLength: 2_000 } });
});
afterAll(async () => {
  await app.close();
});

describe('POST /api/cypher', () => {
  it("answers a city's twins with columns, rows, graph and summary", async () => {
    const { status, body } = await postCypher(
      app.url,
      'MATCH (c:City {id: $id})-[t:TIE]-(o:City) RETURN c, t, o.nameEn AS twin ORDER BY twin',
      { id: 'ru-kaluga' },
    );
    expect(status).toBe(200);
    expect(CypherResultSchema.parse(body)).toBeTruthy();
    expect(body.columns).toEqual(['c', 't', 'twin']);
    expect(body.rows.map((r: any[]) => r[2])).toContain('Smolensk');
    const [city, tie] = body.rows[0];
    expect(city).toMatchObject({ $kind: 'node', labels: ['City'], properties: { id: 'ru-kaluga', nameRu: 'Калуга' } });
    expect(city.properties.location).toMatchObject({ $kind: 'point', srid: 4326, crs: 'wgs-84' });
    expect(tie).toMatchObject({ $kind: 'relationship', type: 'TIE' });
    expect([tie.start, tie.end]).toContain(city.id);
    // The other end was not returned as a node, yet the graph has both ends of every link.
    const ids = new Set(body.graph.nodes.map((n: any) => n.id));
    expect(body.graph.links.length).toBe(body.rows.length);
    for (const l of body.graph.links) expect(ids.has(l.start) && ids.has(l.end)).toBe(true);
    expect(body.summary).toMatchObject({ queryType: 'r', rows: body.rows.length, truncated: false });
  });

  it('keeps values faithful: big integers as strings, temporals and durations as ISO strings', async () => {
    const { status, body } = await postCypher(
      app.url,
      "RETURN 9007199254740993 AS big, -9007199254740993 AS negBig, 9007199254740991 AS maxSafe, $n AS n, $f AS f, date('2017-03-31') AS d, " +
        "datetime('2017-03-30T10:00:00+03:00') AS dt, datetime('2017-03-30T10:00:00[Europe/Minsk]') AS zoned, localdatetime('2017-03-30T10:00') AS ldt, " +
        "time('10:00+03:00') AS t, localtime('10:00:30.5') AS lt, duration('P1Y2M3DT4H5M6.5S') AS du, 0.0 / 0.0 AS nan, point({x: 1, y: 2, z: 3}) AS p3, [1, 'a', null] AS list, {a: {b: 2}} AS map",
      { n: 42, f: 1.5 },
    );
    expect(status, JSON.stringify(body)).toBe(200);
    const row = Object.fromEntries(body.columns.map((c: string, i: number) => [c, body.rows[0][i]]));
    expect(row).toEqual({
      big: '9007199254740993',
      negBig: '-9007199254740993',
      maxSafe: 9007199254740991,
      n: 42,
      f: 1.5,
      d: '2017-03-31',
      dt: '2017-03-30T10:00:00+03:00',
      zoned: '2017-03-30T10:00:00+03:00[Europe/Minsk]',
      ldt: '2017-03-30T10:00:00',
      t: '10:00:00+03:00',
      lt: '10:00:30.500000000',
      du: 'P1Y2M3DT4H5M6.5S',
      nan: 'NaN',
      p3: { $kind: 'point', srid: 9157, crs: 'cartesian-3d', x: 1, y: 2, z: 3 },
      list: [1, 'a', null],
      map: { a: { b: 2 } },
    });
  });

  it('sends JSON integers as Neo4j integers, so LIMIT $n works', async () => {
    const { status, body } = await postCypher(app.url, 'MATCH (c:City) RETURN c.id ORDER BY c.id LIMIT $n', { n: 3 });
    expect(status).toBe(200);
    expect(body.rows).toHaveLength(3);
  });

  it('returns paths in order, and the shortest chain between two cities', async () => {
    const { status, body } = await postCypher(
      app.url,
      "MATCH p = shortestPath((:City {id: 'ru-tula'})-[:TIE*..8]-(:City {id: 'ru-omsk'})) RETURN p",
    );
    expect(status).toBe(200);
    const [path] = body.rows[0];
    expect(path.$kind).toBe('path');
    expect(path.nodes[0].properties.id).toBe('ru-tula');
    expect(path.nodes.at(-1).properties.id).toBe('ru-omsk');
    expect(path.relationships).toHaveLength(path.nodes.length - 1);
    expect(body.graph.nodes.length).toBe(path.nodes.length);
  });

  it('caps the rows and says so', async () => {
    const { body } = await postCypher(app.url, 'UNWIND range(1, 1000) AS x RETURN x');
    expect(body.rows).toHaveLength(50);
    expect(body.summary).toMatchObject({ rows: 50, truncated: true });
    const exact = await postCypher(app.url, 'UNWIND range(1, 50) AS x RETURN x');
    expect(exact.body.summary.truncated).toBe(false);
  });

  it('allows the listed procedures and full-text search', async () => {
    const { status, body } = await postCypher(
      app.url,
      "CALL db.index.fulltext.queryNodes('city_names', 'Mogilev') YIELD node RETURN node.id AS id",
    );
    expect(status, JSON.stringify(body)).toBe(200);
    expect(body.rows.flat()).toContain('by-mogilev');
    expect((await postCypher(app.url, 'CALL db.schema.visualization()')).status).toBe(200);
  });

  it('refuses a query over the size cap with 413, and bad bodies with 400', async () => {
    const long = await postCypher(app.url, `RETURN 1 // ${'x'.repeat(2_000)}`);
    expect(long.status).toBe(413);
    expect(long.body.error.code).toBe('query_too_long');
    expect((await postCypher(app.url, '')).status).toBe(400);
    const noQuery = await fetch(`${app.url}/api/cypher`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"params": 1}',
    });
    expect(noQuery.status).toBe(400);
    expect((await noQuery.json()).error.code).toBe('bad_request');
  });

  it('reports runtime errors of a read as a 400 in Neo4j words', async () => {
    const { status, body } = await postCypher(app.url, 'RETURN 1 / 0 AS x');
    expect(status).toBe(400);
    expect(body.error.code).toBe('query_error');
    expect(body.error.message).toMatch(/by zero/i);
  });
});

describe('the example library', () => {
  it.each(examples.map((e) => [e.title.en, e] as const))('%s runs and answers', async (_title, example) => {
    const { status, body } = await postCypher(app.url, example.query, example.params);
    expect(status, JSON.stringify(body)).toBe(200);
    expect(body.rows.length).toBeGreaterThan(0);
  });
});

describe('rate limit', () => {
  it('answers 429 with a plain message once a client exceeds its quota', async () => {
    const limited = await startTestApp(undefined, { cypherConsole: { rateLimit: 2, rateWindowMs: 60_000 } });
    try {
      expect((await postCypher(limited.url, 'RETURN 1')).status).toBe(200);
      expect((await postCypher(limited.url, 'RETURN 1')).status).toBe(200);
      const third = await postCypher(limited.url, 'RETURN 1');
      expect(third.status).toBe(429);
      expect(third.body.error).toMatchObject({ code: 'rate_limited', message: expect.stringContaining('at most 2') });
    } finally {
      await limited.close();
    }
  });
});

describe('GET /api/cypher/schema', () => {
  it('lists labels, relationship types and property keys with counts', async () => {
    const { status, body } = await app.get('/api/cypher/schema');
    expect(status).toBe(200);
    const schema = CypherSchemaInfoSchema.parse(body);
    expect(schema.labels).toContainEqual({ name: 'City', count: 19 });
    expect(schema.relationshipTypes.find((t) => t.name === 'TIE')?.count).toBeGreaterThan(10);
    expect(schema.propertyKeys.map((k) => k.name)).toEqual(expect.arrayContaining(['id', 'nameRu', 'year']));
    expect(schema.attribution).toEqual(['GeoNames (geonames.org), CC BY 4.0']); // the curated coordinates' licence
  });

  it('is documented in the OpenAPI document', async () => {
    const { body } = await app.get('/api/openapi.json');
    expect(Object.keys(body.paths)).toEqual(expect.arrayContaining(['/api/cypher', '/api/cypher/schema']));
    expect(body.paths['/api/cypher'].post.responses['403']).toBeTruthy();
  });
});
