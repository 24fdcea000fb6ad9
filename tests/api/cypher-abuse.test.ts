// The console cannot hurt the service (issue 15, section 2), against the real Neo4j and a real console sandbox:
// what can be refused is refused before it runs (4xx, never 500); every hostile query answers within its deadline;
// while several run at once, /api/health and /api/cities/ru-kaluga keep answering (their p99 is printed); a runaway
// the sandbox cannot stop gets its JVM killed, the supervisor brings it back, and the console answers again;
// a write to the main graph shows through the console on the next query; the main graph is never touched.
// Known runaways (a catastrophic regex, a huge range) are refused with 422 before they reach Neo4j; a client whose
// query had to be stopped is cooled down (429) while others keep getting answers; a killed sandbox comes back on
// its own store, without copying the graph again, and a query arriving meanwhile waits for it.
// Clients are told apart by X-Forwarded-For (the app trusts the loopback proxy): the hostile ones have addresses
// of their own, so their cool-downs leave the other tests' client (127.0.0.1) alone.
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConsoleSandbox } from '../../server/cypher-console/console-sandbox.ts';
import type { CypherConsole } from '../../server/cypher-console/cypher-console.ts';
import { deadlineSlackMs } from '../../server/cypher-console/console.service.ts';
import { graphFingerprint, type GraphFingerprint } from '../helpers/graph-checksum.ts';
import { hostileQueries, percentile, postQuery, sampleWhile, startSandbox } from '../helpers/console-abuse.ts';
import { startTestApp, testDatabase, type TestApp } from '../helpers/test-app.ts';

const timeoutMs = 5_000;
// Longer than a restart at load 25 (87 s seen), so the hostile client is still cooling once the sandbox is back.
const cooldownMs = 600_000;
/** What "within its deadline" may take on this loaded 2-core machine: the deadline plus scheduling slack. */
const answerBound = timeoutMs + deadlineSlackMs + 3_000;

let sandbox: ConsoleSandbox;
let app: TestApp;
let before: GraphFingerprint;

beforeAll(async () => {
  const main = testDatabase();
  sandbox = await startSandbox(
    main,
    Number(process.env.CONSOLE_SANDBOX_TEST_BOLT_PORT ?? 7697),
    resolve('.data/console-sandbox-test'),
  );
  app = await startTestApp(main, {
    consoleBackend: sandbox,
    cypherConsole: {
      rateLimit: 10_000,
      timeoutMs,
      concurrency: 4,
      concurrencyPerClient: 8,
      killGraceMs: 2_000,
      maxResultChars: 2_000_000,
      cooldownMs,
    },
    trustProxy: 'loopback',
  });
  before = await graphFingerprint(app.db);
  // Warm the measured routes (their first run plans get-city in Neo4j): the test measures the console's effect, not a cold start.
  for (let i = 0; i < 5; i++)
    for (const p of ['/api/health', '/api/cities/ru-kaluga']) expect((await app.get(p)).status).toBe(200);
}, 300_000);
afterAll(async () => {
  await app?.close();
  await sandbox?.close();
}, 120_000);

describe('refused before they run (4xx, never 500)', () => {
  const raw = async (body: string) => {
    const res = await fetch(`${app.url}/api/cypher`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    return { status: res.status, body: (await res.json()) as any };
  };

  it.each([
    ['/* x', 'syntax_error'],
    ["RETURN 'unterminated", 'syntax_error'],
    ['CALL { RETURN 1 AS x } IN TRANSACTIONS RETURN x', 'in_transactions_refused'],
    ['UNWIND [1, 2] AS i CALL (i) { RETURN i AS y } IN TRANSACTIONS OF 1 ROW RETURN y', 'in_transactions_refused'],
    ['CYPHER debug=tostring RETURN 1', 'options_refused'],
    ['  /* hidden */ cypher debug=ast RETURN 1', 'options_refused'],
    ['EXPLAIN CYPHER runtime=slotted RETURN 1', 'options_refused'],
    ['CYPHER 5 RETURN 1', 'options_refused'],
  ])('%j → 400 %s', async (query, code) => {
    const { status, body } = await postQuery(app.url, query);
    expect(status, JSON.stringify(body)).toBe(400);
    expect(body.error.code).toBe(code);
  });

  it.each([
    ["RETURN 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaa!' =~ '((a+)+)+$' AS r", {}, 'regex_refused'],
    ['MATCH (c:City) WHERE c.nameEn =~ $p RETURN c.id', { p: '(\\w*)*x' }, 'regex_refused'],
    ['RETURN reduce(s = 0, x IN range(1, 300000000) | s + x % 7) AS s', {}, 'range_too_large'],
    ['RETURN size([x IN range(1, 15000000) | toString(x)]) AS n', {}, 'range_too_large'],
    ['UNWIND range($from, $to) AS i RETURN count(i)', { from: 0, to: 1e9 }, 'range_too_large'],
  ])('%j (params %j) → 422 %s, at once', async (query, params, code) => {
    const { status, body, ms } = await postQuery(app.url, query, params, '10.0.0.21');
    expect(status, JSON.stringify(body)).toBe(422);
    expect(body.error.code).toBe(code);
    expect(ms).toBeLessThan(1_000);
  });

  it('runs a safe regex and a bounded range', async () => {
    const { status, body } = await postQuery(
      app.url,
      "MATCH (c:City) WHERE c.nameEn =~ '(?i)KALUGA' RETURN c.id AS id UNION RETURN size(range(1, 1000)) AS id",
    );
    expect(status, JSON.stringify(body)).toBe(200);
    expect(body.rows).toEqual([['ru-kaluga'], [1000]]);
  });

  it('refuses parameters nested 5,000 deep, before JSON.parse', async () => {
    const deep = '['.repeat(5_000) + ']'.repeat(5_000);
    const { status, body } = await raw(`{"query":"RETURN $p AS p","params":{"p":${deep}}}`);
    expect(status).toBe(400);
    expect(body.error.code).toBe('params_too_deep');
    const objects = '{"a":'.repeat(5_000) + '1' + '}'.repeat(5_000);
    expect((await raw(`{"query":"RETURN $p AS p","params":{"p":${objects}}}`)).body.error.code).toBe('params_too_deep');
    // Nesting within the bound still runs.
    const ok = await raw(`{"query":"RETURN $p AS p","params":{"p":${'['.repeat(20)}1${']'.repeat(20)}}}`);
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
  });

  it('refuses integers beyond 2^63 (and any JSON would round) instead of clamping them', async () => {
    for (const n of [
      '9223372036854775808',
      '-9223372036854775809',
      '18446744073709551616',
      '9007199254740993',
      '1' + '0'.repeat(400),
    ]) {
      const { status, body } = await raw(`{"query":"RETURN $n AS n","params":{"n":${n}}}`);
      expect(status, n).toBe(400);
      expect(body.error.code).toBe('integer_out_of_range');
    }
    // Exact integers and floats still pass; digits inside strings are not numbers.
    const ok = await raw(
      '{"query":"RETURN $n AS n, $f AS f, $s AS s","params":{"n":9007199254740991,"f":1.5e300,"s":"99999999999999999999"}}',
    );
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body.rows[0]).toEqual([9007199254740991, 1.5e300, '99999999999999999999']);
  });
});

describe('the console runs on its sandbox', () => {
  it('follows writes to the main graph (the copy is refreshed when the last-commit marker moves)', async () => {
    const count = async () =>
      (await postQuery(app.url, 'MATCH (p:ConsoleSyncProbe) RETURN count(p) AS n')).body.rows?.[0]?.[0];
    /** Polls: a query waits up to 2 s for the refresh, then reads the previous copy (docs/cypher-console-safety.md). */
    const eventually = async (n: number) => {
      for (let i = 0; i < 120 && (await count()) !== n; i++) await new Promise((res) => setTimeout(res, 500));
      expect(await count()).toBe(n);
    };
    await eventually(0);
    const session = app.db.driver.session({ database: app.db.database });
    try {
      await session.run("CREATE (:ConsoleSyncProbe {at: datetime('2026-12-01T00:00:00Z')})");
      await eventually(1);
    } finally {
      await session.run('MATCH (p:ConsoleSyncProbe) DELETE p');
      await session.close();
    }
    await eventually(0);
    expect(sandbox.lastSync).toMatchObject({ nodes: before.nodes, relationships: before.relationships });
    console.log(`console sandbox: last refresh of the copy took ${sandbox.lastSync!.ms} ms`);
  }, 200_000);

  it('follows the city metrics too, which are stored without moving the last-commit marker', async () => {
    const count = async () =>
      (await postQuery(app.url, "MATCH (c:City) WHERE c.metricsBy = 'console-sync-test' RETURN count(c) AS n")).body
        .rows?.[0]?.[0];
    const eventually = async (n: number) => {
      for (let i = 0; i < 120 && (await count()) !== n; i++) await new Promise((res) => setTimeout(res, 500));
      expect(await count()).toBe(n);
    };
    await eventually(0);
    const row = { id: 'ru-kaluga', pagerank: 0.1, pagerankWeighted: 0.1, betweenness: 0, closeness: 0, community: 0 };
    const rows = [{ ...row, component: 0, rankWorld: 1, rankCountry: 1 }];
    const clear = () => app.db.writeContent('set-city-metrics', { rows: [], graphAt: 'cleared', by: 'cleared' });
    try {
      // The first store in a database creates the property names, in transactions of their own that do move the
      // marker; the server's later stores do not.
      await app.db.writeContent('set-city-metrics', { rows, graphAt: 'names', by: 'names' });
      await clear();
      const graphAt = await app.db.lastCommit();
      await app.db.writeContent('set-city-metrics', { rows, graphAt, by: 'console-sync-test' });
      expect(await app.db.lastCommit(), 'a content write: the marker stays').toBe(graphAt);
      await eventually(1);
    } finally {
      await clear(); // stored for another graph, no rows: every city's metrics are removed
    }
    await eventually(0);
  }, 200_000);

  it('answers a 15 MB result with 422 result_too_large (or 408 on a slow machine), decoded off the main thread', async () => {
    const answer = postQuery(app.url, 'RETURN range(1, 2000000) AS x');
    const health = sampleWhile(app.url, ['/api/health'], answer);
    const { status, body, ms } = await answer;
    expect([422, 408], JSON.stringify(body)).toContain(status);
    expect(body.error.code).toBe(status === 422 ? 'result_too_large' : 'query_timeout');
    expect(ms).toBeLessThan(answerBound);
    const h = (await health)['/api/health']!;
    expect(h.failures).toEqual([]);
    console.log(
      `health while decoding 15 MB: ${h.ms.length} requests, p99 ${percentile(h.ms, 99).toFixed(1)} ms, max ${Math.max(...h.ms).toFixed(1)} ms`,
    );
  }, 60_000);
});

describe('hostile queries, several at once', () => {
  it('each answers 4xx/503 within its deadline while health and a city keep answering', async () => {
    const restartsBefore = sandbox.restarts;
    const hostile = Promise.all(
      hostileQueries.map(async ([name, query]) => ({ name, ...(await postQuery(app.url, query, {}, '10.0.0.66')) })),
    );
    const samples = await sampleWhile(app.url, ['/api/health', '/api/cities/ru-kaluga'], hostile);
    const answers = await hostile;
    for (const a of answers) {
      console.log(
        `${new Date().toISOString().slice(11, 23)} ${a.name}: ${a.status} ${a.body.error?.code ?? ''} in ${(a.ms / 1000).toFixed(1)} s`,
      );
      expect(a.status, `${a.name}: ${JSON.stringify(a.body)}`).toBeGreaterThanOrEqual(400);
      expect([400, 408, 422, 503], a.name).toContain(a.status);
      expect(a.ms, a.name).toBeLessThan(answerBound);
      if (a.status === 503) expect(a.retryAfter).toBe('5');
    }
    for (const [path, s] of Object.entries(samples)) {
      expect(s.failures, path).toEqual([]);
      const p99 = percentile(s.ms, 99);
      console.log(
        `${path} while the hostile queries ran: ${s.ms.length} requests, p50 ${percentile(s.ms, 50).toFixed(1)} ms, p99 ${p99.toFixed(1)} ms; over 200 ms: ${s.slow.join(', ') || 'none'}`,
      );
      // Generous (the shared test machine runs at load 15–25): the honest 200 ms figure is npm run bench:console-abuse's.
      expect(p99, path).toBeLessThan(2_000);
    }
    // After the clean-up, no console transaction is left: each was terminated, or the sandbox JVM was killed (or died
    // of its heap) and restarted.
    const { stats } = (app.express.locals.cypherConsole as CypherConsole).service;
    await (app.express.locals.cypherConsole as CypherConsole).service.settled();
    expect(stats.timedOut).toBeGreaterThan(0);
    if (sandbox.restarts === restartsBefore && sandbox.state === 'ready') {
      const session = sandbox.admin.driver.session();
      try {
        const open = await session.run(
          'SHOW TRANSACTIONS YIELD metaData WHERE metaData.pobratimConsole IS NOT NULL RETURN count(*) AS n',
        );
        expect(Number(open.records[0]!.get('n'))).toBe(0);
      } finally {
        await session.close();
      }
    }
    console.log(
      `console after the wave: ${JSON.stringify(stats)}, sandbox restarts ${sandbox.restarts - restartsBefore}`,
    );
  }, 240_000);

  // One kill serves both: a runaway's client is cooled down, and the sandbox killed for it comes back on its own store.
  it('cools down the client whose query had to be stopped, others keep answers; the killed sandbox comes back without copying again', async () => {
    const service = (app.express.locals.cypherConsole as CypherConsole).service;
    await service.settled();
    await sandbox.whenReady(400_000); // the wave's kill: a nice-19 restart takes minutes at load 25
    const copies = sandbox.copies;
    const reused = sandbox.reusedCopies;
    // A pattern built at run time is not judged before it runs: the deadline stops it, the sandbox is killed.
    const runaway = await postQuery(
      app.url,
      "RETURN 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaa!' =~ ('((a+)+' + ')+$') AS r",
      {},
      '10.0.0.77',
    );
    expect(runaway.status, JSON.stringify(runaway.body)).toBe(408);
    // Another client, meanwhile: a query stuck behind the runaway on the sandbox's one CPU may time out too (408),
    // but it lets go when terminated, so that client is not cooled down.
    const other = postQuery(app.url, 'RETURN 1 AS one', {}, '10.0.0.78');
    await service.settled(); // the clean-up: terminate, then the kill (and the runaway's client cooled down)
    const again = await postQuery(app.url, 'RETURN 1 AS one', {}, '10.0.0.77');
    expect(again.status, JSON.stringify(again.body)).toBe(429);
    expect(again.body.error.code).toBe('console_cooldown');
    expect(Number(again.retryAfter)).toBeGreaterThan(cooldownMs / 1000 - 15);
    expect(Number(again.retryAfter)).toBeLessThanOrEqual(cooldownMs / 1000);
    const meanwhile = await other;
    console.log(
      `another client right after the runaway: ${meanwhile.status} ${meanwhile.body.error?.code ?? ''} in ${(meanwhile.ms / 1000).toFixed(1)} s`,
    );
    expect([200, 408, 503], JSON.stringify(meanwhile.body)).toContain(meanwhile.status);
    await service.settled();
    expect(service.stats.killed).toBeGreaterThan(0);
    await sandbox.whenReady(400_000);
    const up = await postQuery(app.url, "MATCH (c:City {id: 'ru-kaluga'}) RETURN c.nameEn AS name", {}, '10.0.0.78');
    expect(up.status, JSON.stringify(up.body)).toBe(200);
    expect(up.body.rows).toEqual([['Kaluga']]);
    expect((await postQuery(app.url, 'RETURN 1 AS one')).status).toBe(200);
    expect((await postQuery(app.url, 'RETURN 1 AS one', {}, '10.0.0.77')).status).toBe(429);
    // Back on its own store: no second copy of the graph.
    await expect.poll(() => sandbox.reusedCopies, { timeout: 10_000 }).toBe(reused + 1);
    expect(sandbox.copies, 'no copy after the restart').toBe(copies);
    console.log(
      `sandbox back ${sandbox.lastRestartMs} ms after the kill, without copying (a copy took ${sandbox.lastSync?.ms} ms)`,
    );
  }, 900_000);

  it('never touched the main graph', async () => {
    expect(await graphFingerprint(app.db)).toEqual(before);
    expect((await app.get('/api/cities/ru-kaluga')).status).toBe(200);
  });
});
