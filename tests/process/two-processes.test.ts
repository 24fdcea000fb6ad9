// Two app processes (`server/main.ts`, as `npm start` runs it) against the one shared test Neo4j, behind a small
// round-robin proxy: a write through one — an import by the admin API, a pinned story — shows through the other on
// the very next request, although that one had the old answer cached (its response cache checks the database's
// last-commit marker); and the import lock holds across processes. HTTP ports TWO_PROCESS_HTTP_PORT and the next one.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Database } from '../../server/db/database.ts';
import { withImportLock } from '../../server/import/import-lock.ts';
import { restoreCuratedGraph } from '../helpers/graph-checksum.ts';

const ports = [
  Number(process.env.TWO_PROCESS_HTTP_PORT ?? 18_091),
  Number(process.env.TWO_PROCESS_HTTP_PORT ?? 18_091) + 1,
];
const token = 'two-process-admin-token-0123';
const header = 'city1,country1,lat1,lng1,city2,country2,lat2,lng2';
const apps: { child: ChildProcess; log: string; url: string }[] = [];
let proxy: Server;
let proxyUrl: string;
let db: Database;

/** Round robin over the two apps, each answer saying which one served it. */
function roundRobin(targets: string[]): Server {
  let next = 0;
  return createServer((req, res) => {
    const i = next++ % targets.length;
    const upstream = request(targets[i] + req.url!, { method: req.method, headers: req.headers }, (up) => {
      res.writeHead(up.statusCode!, { ...up.headers, 'x-served-by': String(i) });
      up.pipe(res);
    });
    upstream.once('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
}

async function until(check: () => Promise<boolean>, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check().catch(() => false)) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

beforeAll(async () => {
  const neo4j = inject('neo4j');
  db = new Database(neo4j);
  for (const port of ports) {
    const env = {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      NEO4J_URI: neo4j.uri,
      NEO4J_USER: neo4j.user,
      NEO4J_PASSWORD: neo4j.password,
      SEED: 'never',
      WORLD: 'never',
      ADMIN_TOKEN: token,
      LOG_LEVEL: 'warn',
      CONSOLE_SANDBOX: 'off',
    }; // no console sandbox JVM per app
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const app = { child, log: '', url: `http://127.0.0.1:${port}` };
    child.stdout!.on('data', (d) => (app.log += d));
    child.stderr!.on('data', (d) => (app.log += d));
    apps.push(app);
  }
  for (const app of apps)
    expect(
      await until(async () => (await fetch(`${app.url}/api/cities/by-minsk`)).status === 200, 120_000),
      app.log,
    ).toBe(true);
  proxy = roundRobin(apps.map((a) => a.url)).listen(0, '127.0.0.1');
  await new Promise((r) => proxy.once('listening', r));
  proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
}, 240_000);

afterAll(async () => {
  proxy?.close();
  await Promise.all(
    apps.map(
      (a) =>
        new Promise((r) => {
          if (a.child.exitCode !== null) r(null);
          a.child.once('exit', r);
          a.child.kill('SIGTERM');
        }),
    ),
  );
  await restoreCuratedGraph(db);
  await db.close();
}, 240_000);

async function via(path: string, init: RequestInit = {}) {
  const res = await fetch(proxyUrl + path, init);
  return { status: res.status, by: Number(res.headers.get('x-served-by')), text: await res.text() };
}
const importCsv = (csv: string) =>
  via('/api/import', {
    method: 'POST',
    headers: { 'content-type': 'text/csv', authorization: `Bearer ${token}` },
    body: csv,
  });

describe('two app processes behind a proxy', () => {
  it('an import through one shows through the other on the next request, past its cached answer', async () => {
    // The city, its focus graph, twice each: the second of each pair is served from the answering app's cache.
    const before = [
      await via('/api/cities/by-minsk'),
      await via('/api/cities/by-minsk'),
      await via('/api/graph?focus=by-minsk&depth=1'),
      await via('/api/graph?focus=by-minsk&depth=1'),
    ];
    expect(before.map((r) => r.by)).toEqual([0, 1, 0, 1]);
    for (const r of before) expect(r.text).not.toContain('Twoprocessgrad');
    const imported = await importCsv(`${header}\nMinsk,Belarus,53.9,27.5667,Twoprocessgrad,Russia,55.2,37.2\n`);
    expect(imported.by).toBe(0);
    expect(imported.status, imported.text).toBe(200);
    expect(JSON.parse(imported.text).ties.created).toBe(1);
    const city = await via('/api/cities/by-minsk');
    expect(city.by).toBe(1);
    expect(city.text).toContain('Twoprocessgrad');
    const graph = await via('/api/graph?focus=by-minsk&depth=1');
    expect(graph.by).toBe(0);
    expect(graph.text).toContain('Twoprocessgrad');
  }, 180_000);

  it('a story pinned through one is read through the other', async () => {
    const pinned = await via('/api/stories', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"focus":"by-minsk","to":2020}',
    });
    expect(pinned.status, pinned.text).toBeLessThan(300);
    const { id } = JSON.parse(pinned.text) as { id: string };
    const read = await via(`/api/stories/${id}`);
    expect(read.by).not.toBe(pinned.by);
    expect(read.status).toBe(200);
    expect(JSON.parse(read.text).id).toBe(id);
  }, 180_000);

  it('holds the import lock across processes: an import meanwhile elsewhere gets 409 naming the holder', async () => {
    const csv = `${header}\nMinsk,Belarus,53.9,27.5667,Lockgrad,Russia,55.3,37.3\n`;
    let release!: () => void;
    let taken!: () => void;
    const isTaken = new Promise<void>((r) => (taken = r));
    // This test process is a third process: it takes the lock in the database and holds it.
    const holding = withImportLock(db, () => {
      taken();
      return new Promise<void>((r) => (release = r));
    });
    await isTaken;
    try {
      const servedBy = new Set<number>();
      for (let i = 0; i < 2; i++) {
        const refused = await importCsv(csv);
        servedBy.add(refused.by);
        expect(refused.status).toBe(409);
        const error = JSON.parse(refused.text).error;
        expect(error.code).toBe('import_in_progress');
        expect(error.details.heldBy).toContain(`:${process.pid}:`);
      }
      expect(servedBy.size).toBe(2); // refused by both apps
    } finally {
      release();
      await holding;
    }
    const after = await importCsv(csv);
    expect(after.status, after.text).toBe(200);
    // no lock node is left in the graph between imports
    const { records } = await db.driver.executeQuery(
      'MATCH (l:ImportLock) RETURN count(l) AS n',
      {},
      { database: db.database },
    );
    expect(records[0]!.get('n')).toBe(0);
  }, 180_000);

  it('takes over a lock whose lease expired (its holder died), and respects one that has not', async () => {
    const write = (query: string) => db.driver.executeQuery(query, {}, { database: db.database });
    const csv = `${header}\nMinsk,Belarus,53.9,27.5667,Leasegrad,Russia,55.4,37.4\n`;
    await write(
      "CREATE (:ImportLock {id: 'import', owner: 'elsewhere:1:dead', since: timestamp() - 3600000, expires: timestamp() + 600000})",
    );
    expect((await importCsv(csv)).status).toBe(409);
    await write('MATCH (l:ImportLock) SET l.expires = timestamp() - 1');
    const taken = await importCsv(csv);
    expect(taken.status, taken.text).toBe(200);
  }, 180_000);
});
