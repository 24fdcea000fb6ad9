// The world import against the real Neo4j: admin token, atomicity (an injected failure leaves the graph exactly
// as it was), concurrency, entity resolution with the curated cities, provenance, idempotence, bad inputs.
// The file restores the curated-only graph afterwards, as the other test files expect it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ImportRepository } from '../../server/import/import.repository.ts';
import { ImportService } from '../../server/import/import.service.ts';
import { planImport } from '../../server/import/plan-import.ts';
import { readCsv } from '../../server/import/read-csv.ts';
import { worldFile } from '../../server/import/load-world.ts';
import { WORLD_LICENCE } from '../../server/import/world-source.ts';
import { graphChecksum } from '../helpers/graph-checksum.ts';
import { ADMIN_TOKEN, useAdminApp } from '../helpers/admin-app.ts';
import { startTestApp, testDatabase } from '../helpers/test-app.ts';

const token = ADMIN_TOKEN;
const world = readFileSync(worldFile);
const admin = useAdminApp();

function post(
  body: BodyInit,
  { auth = token, query = '', type = 'text/csv' }: { auth?: string | null; query?: string; type?: string } = {},
) {
  const headers: Record<string, string> = { 'content-type': type };
  if (auth) headers.authorization = `Bearer ${auth}`;
  return fetch(`${admin.app.url}/api/import${query}`, { method: 'POST', headers, body }).then(async (r) => ({
    status: r.status,
    body: await r.json(),
  }));
}

describe('POST /api/import: access and limits', () => {
  it('needs the admin token (401 without it or with a wrong one)', async () => {
    expect((await post('x', { auth: null })).status).toBe(401);
    const wrong = await post('x', { auth: 'not-the-token-at-all-000' });
    expect(wrong.status).toBe(401);
    expect(wrong.body.error.code).toBe('unauthorised');
  });

  it('is disabled while ADMIN_TOKEN is unset', async () => {
    const bare = await startTestApp(testDatabase());
    try {
      const res = await fetch(`${bare.url}/api/import`, {
        method: 'POST',
        headers: { 'content-type': 'text/csv', authorization: `Bearer ${token}` },
        body: 'x',
      });
      expect(res.status).toBe(403);
      expect((await res.json()).error.message).toMatch(/ADMIN_TOKEN/);
    } finally {
      await bare.close();
    }
  });

  it('refuses a 50 MB file with a clear 413 and writes nothing', async () => {
    const before = await graphChecksum(admin.app.db);
    const big = Buffer.alloc(50 * 1024 * 1024, 'a');
    const res = await post(big);
    expect(res.status).toBe(413);
    expect(res.body.error.message).toMatch(/at most 10 MB/);
    expect(await graphChecksum(admin.app.db)).toEqual(before);
  });

  it('answers 400 for a file that is not UTF-8, and for an empty file or a wrong header', async () => {
    const latin1 = Buffer.from(
      'city1,country1,lat1,lng1,city2,country2,lat2,lng2\nK\xf6ln,Germany,50.9,6.9,Kaluga,Russia,54.5,36.3\n',
      'latin1',
    );
    const cases = [
      latin1,
      Buffer.from(''),
      Buffer.from('name,country\nKaluga,Russia\n'),
      Buffer.from('city1,country1,lat1,lng1,city2,country2,lat2\n'),
    ];
    const answers = await Promise.all(
      cases.map((c) => post(c)).map((p) => p.then((r) => [r.status, r.body.error.message])),
    );
    expect(answers[0]).toEqual([400, expect.stringMatching(/not UTF-8/)]);
    expect(answers[1]).toEqual([400, expect.stringMatching(/empty/)]);
    expect(answers[2]).toEqual([400, expect.stringMatching(/Unrecognised header/)]);
    expect(answers[3]).toEqual([400, expect.stringMatching(/Unrecognised header/)]);
  });
});

describe('importing the world file', () => {
  it('rolls back completely when it fails half-way', async () => {
    const before = await graphChecksum(admin.app.db);
    const service = new ImportService(new ImportRepository(admin.app.db));
    await expect(service.run(world, { failAfterBatches: 8 })).rejects.toThrow(/Injected failure after 8 batches/);
    expect(await graphChecksum(admin.app.db)).toEqual(before);
  }, 180_000);

  it('a dry run reports the figures and writes nothing', async () => {
    const before = await graphChecksum(admin.app.db);
    const { status, body } = await post(world, { query: '?dryRun=true' });
    expect(status).toBe(200);
    expect(body).toMatchObject({ dryRun: true, format: 'world', rowsRead: 25_917 });
    expect(body.cities.created).toBeGreaterThan(17_000);
    expect(await graphChecksum(admin.app.db)).toEqual(before);
  }, 180_000);

  it('runs one import at a time: a second one meanwhile gets 409', async () => {
    const [a, b] = await Promise.all([post(world), post(world)]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const report = (a.status === 200 ? a : b).body;
    expect(report).toMatchObject({ dryRun: false, format: 'world', rowsRead: 25_917 });
    expect(report.cities.matched).toBe(19); // every curated city, none duplicated
    expect(report.cities.located).toBe(3); // Zhodino, Pskov, Krasnogorsk: the seed has no coordinates for them
    expect(report.ties.created + report.ties.alreadyPresent + report.ties.duplicateRows).toBe(report.rowsAccepted);
    expect(report.rejected).toContainEqual({ line: 12_069, reason: 'self-tie: both ends are de-nienburg' });
    expect(report.rejected.filter((r: { reason: string }) => /Northern Cyprus/.test(r.reason)).length).toBeGreaterThan(
      0,
    );
    const conflict = (a.status === 409 ? a : b).body;
    expect(conflict.error.code).toBe('import_in_progress');
  }, 180_000);

  it('keeps each curated city one node, with the English spellings as aliases', async () => {
    for (const [q, id] of [
      ['Kaluga', 'ru-kaluga'],
      ['Mogilev', 'by-mogilev'],
      ['Barysaw', 'by-borisov'],
      ['Podolsk', 'ru-podolsk'],
    ]) {
      const { body } = await admin.app.get(
        `/api/cities?q=${encodeURIComponent(q!)}&country=${id!.slice(0, 2).toUpperCase()}`,
      );
      expect(
        body.cities.filter((c: { kind: string }) => c.kind === 'city').map((c: { id: string }) => c.id),
        q,
      ).toEqual([id]);
    }
    const borisov = await admin.app.get('/api/cities/by-borisov');
    expect(borisov.body.city.aliases).toContain('Barysaw');
  });

  it('gives the curated cities the seed left without coordinates those of the file, citing it', async () => {
    // FACTS.md gives no coordinates for the hosts of forums X, XI and XIII; the world file does (OSM-derived).
    for (const [id, lat, lon] of [
      ['by-zhodino', 54.1, 28.35],
      ['ru-pskov', 57.8167, 28.3333],
      ['ru-krasnogorsk', 55.8205, 37.3197],
    ] as const) {
      const { body } = await admin.app.get(`/api/cities/${id}`);
      expect(body.city, id).toMatchObject({ lat, lon });
      expect(body.city.sources, id).toContain('wikipedia-twin-towns');
      expect(body.city.coordinatesSources, id).toEqual(['wikipedia-twin-towns']);
    }
    // A curated city that had coordinates keeps citing GeoNames for them; a place the file created cites the file.
    expect((await admin.app.get('/api/cities/ru-kaluga')).body.city.coordinatesSources).toEqual(['geonames']);
    const [created] = (await admin.app.get('/api/cities?q=Rivne&country=UA')).body.cities;
    expect(created).toMatchObject({ coordinatesSources: ['wikipedia-twin-towns'] });
    const session = admin.app.db.driver.session();
    try {
      const r = await session.run("MATCH (c:City {id: 'ru-pskov'}) RETURN c.location.latitude AS lat");
      expect(r.records[0]!.toObject()).toEqual({ lat: 57.8167 });
    } finally {
      await session.close();
    }
    // The forums map can now place every host.
    const forums = (await admin.app.get('/api/forums')).body.forums as { host: { lat: number | null } | null }[];
    expect(forums.filter((f) => f.host && f.host.lat === null)).toEqual([]);
  });

  it('finds places the world knows only by a Latin name from Cyrillic and from other romanisations', async () => {
    for (const [q, name] of [
      ['Полоцк', 'Polotsk'],
      ['Череповец', 'Cherepovets'],
      ['Бобруйск', 'Babruysk'],
      ['Bobruisk', 'Babruysk'],
    ] as const) {
      const { body } = await admin.app.get(`/api/cities?q=${encodeURIComponent(q)}`);
      expect(body.cities[0]?.nameEn, q).toBe(name);
      expect(body.cities[0]?.nameRu, q).toBeNull(); // found, and no Russian name made up for it
    }
    expect((await admin.app.get('/api/cities?q=Bobruisk')).body.cities[0].id).toBe('by-babruysk');
  });

  it('keeps districts and regions apart, and spelling duplicates as one place', async () => {
    const district = await admin.app.get('/api/graph?focus=by-kastrychnitski-minsk');
    expect(district.body.nodes.find((n: { id: string }) => n.id === 'by-kastrychnitski-minsk')).toMatchObject({
      type: 'district',
      country: 'BY',
    });
    const region = await admin.app.get('/api/graph?focus=by-grodno-region');
    expect(region.body.nodes.find((n: { id: string }) => n.id === 'by-grodno-region')).toMatchObject({
      type: 'region',
    });
    const baranovichi = await admin.app.get('/api/cities?q=Baranavichy');
    const baranovichiAlt = await admin.app.get('/api/cities?q=Baranovichi');
    expect(baranovichi.body.cities.map((c: { id: string }) => c.id)).toEqual(['by-baranovichi']);
    expect(baranovichiAlt.body.cities.map((c: { id: string }) => c.id)).toEqual(['by-baranovichi']);
  });

  it('cites the dataset on every imported tie, keeps curated sources beside it, and credits the licence', async () => {
    const { body } = await admin.app.get('/api/graph?focus=ru-podolsk');
    const tie = body.links.find((l: { id: string }) => l.id === 'by-borisov--ru-podolsk');
    expect(tie.sources).toContain('wikipedia-twin-towns');
    expect(tie.sources.length).toBeGreaterThan(1); // the curated sources stay
    expect(tie.year).toBe(1992);
    expect(body.attribution).toContain(WORLD_LICENCE);
    const vanadzor = body.links.find((l: { source: string; target: string }) =>
      [l.source, l.target].includes('am-vanadzor'),
    );
    expect(vanadzor).toMatchObject({
      kind: 'twinning',
      kinds: ['twinning'],
      date: null,
      year: null,
      sources: ['wikipedia-twin-towns'],
    });
    const curatedOnly = await admin.app.get('/api/graph?focus=ru-kaluga&country=RU');
    expect(curatedOnly.body.attribution).not.toContain(WORLD_LICENCE);
  });

  it('changes nothing when the same file is imported again', async () => {
    const before = await graphChecksum(admin.app.db);
    const { status, body } = await post(world);
    expect(status).toBe(200);
    expect(body.cities.created).toBe(0);
    expect(body.ties.created).toBe(0);
    expect(body.ties.sourceAdded).toBe(0);
    expect(await graphChecksum(admin.app.db)).toEqual(before);
  }, 180_000);
});

describe('bad rows', () => {
  const header = 'city1,country1,lat1,lng1,city2,country2,lat2,lng2';
  it('reports each rejected row with its line and reason and imports the rest, nothing half-written', async () => {
    const csv = [
      header,
      'Testville,Belarus,200,27.5,Minsk,Belarus,53.9,27.56', // latitude 200
      ',Belarus,53,27,Minsk,Belarus,53.9,27.56', // empty name
      'Minsk,Belarus,53.9,27.56,Minsk,Belarus,53.9,27.56', // self-tie
      'Minsk,Belarus,53.9,27.56,Testville,Belarus', // missing columns
      '"Quote ""Q"", Comma",Belarus,52.1,28.1,Testgrad,Russia,55.1,37.1', // quotes and commas in a name
      'Testgrad,Russia,55.1,37.1,"Quote ""Q"", Comma",Belarus,52.1,28.1', // the same pair, opposite order
    ].join('\n');
    const before = await graphChecksum(admin.app.db);
    const dry = await post(csv, { query: '?dryRun=1' });
    expect(await graphChecksum(admin.app.db)).toEqual(before);
    const { status, body } = await post(csv);
    expect(status).toBe(200);
    expect(dry.body).toEqual({ ...body, dryRun: true, ms: dry.body.ms });
    expect(body.rejected).toEqual([
      { line: 2, reason: expect.stringMatching(/lat1: must be between -90 and 90/) },
      { line: 3, reason: expect.stringMatching(/city1: empty name/) },
      { line: 4, reason: 'self-tie: both ends are by-minsk' },
      { line: 5, reason: 'expected 8 columns, found 6' },
    ]);
    expect(body.ties).toEqual({ created: 1, alreadyPresent: 0, sourceAdded: 0, duplicateRows: 1 });
    expect(body.cities.created).toBe(2);
    const found = await admin.app.get('/api/cities?q=Quote');
    expect(found.body.cities[0]).toMatchObject({ id: 'by-quote-q-comma', nameEn: 'Quote "Q", Comma' });
  }, 180_000);

  it('writes nothing when the places or ties it creates were written since its snapshot (409)', async () => {
    const repo = new ImportRepository(admin.app.db);
    const stale = (csv: string) => repo.snapshot().then((graph) => planImport(readCsv(Buffer.from(csv)), graph));
    const newPlaces = await stale(`${header}\nRacetown,Belarus,52.2,28.2,Racegrad,Russia,55.2,37.2`);
    const newTie = await stale(`${header}\nBrest,Belarus,52.1,23.69,Penza,Russia,53.2,45`);
    expect(newTie.ties.created).toHaveLength(1);
    for (const csv of [
      `${header}\nRacetown,Belarus,52.2,28.2,Racegrad,Russia,55.2,37.2`,
      `${header}\nBrest,Belarus,52.1,23.69,Penza,Russia,53.2,45`,
    ]) {
      expect((await post(csv)).status).toBe(200); // someone else imports the same places and tie meanwhile
    }
    const before = await graphChecksum(admin.app.db);
    for (const plan of [newPlaces, newTie]) {
      await expect(repo.write(plan)).rejects.toMatchObject({ status: 409, code: 'import_conflict' });
    }
    expect(await graphChecksum(admin.app.db)).toEqual(before);
  }, 180_000);
});
