// `npm run bench:soak`: SOAK_MINUTES (default 10) of mixed load at a fixed rate (SOAK_RPS, default 20 requests/s,
// open loop: a slow answer never slows the arrivals) as real users make it — the explorer page and the world graph,
// search, city details, focus, paths, console queries, embeds, PNG snapshots, exports, some of them cancelled
// mid-stream — plus a hostile console query every SOAK_HOSTILE_EVERY_S seconds (issue 15 §2), against `npm start`'s
// server (server/main.ts, its own process on SOAK_HTTP_PORT) on the bench database with the world imported.
// Console queries come from clients told apart by X-Forwarded-For (the server trusts its loopback proxy): the
// hostile queries from one address of their own, the innocent ones from a pool of users, as on the Internet — so
// the console's per-client cool-down after a runaway falls on the hostile client only.
// Reports per route p50/p99 and errors (5xx apart; the error code of every 5xx and, for the console, the 4xx by
// code), and over time the open transactions (SHOW TRANSACTIONS) and
// the RSS of the server and of the JVM(s) (from /proc/<pid>/status); ends with one verdict line per goal: 0 5xx,
// 0 leaked transactions, memory flat after warm-up (< 10 % growth), /api/health p99 < 200 ms in every minute.
// The request mix is drawn from a seeded generator (SOAK_SEED): two runs make the same requests.
import { spawn } from 'node:child_process';
import { appendFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { build } from 'vite';
import { defaultWebRoot } from '../../server/app.ts';
import { ImportRepository } from '../../server/import/import.repository.ts';
import { ImportService } from '../../server/import/import.service.ts';
import { worldFile } from '../../server/import/load-world.ts';
import { seededRandom } from '../../server/derived/random.ts';
import { benchDatabase, percentile } from './bench-database.ts';
import { untilAborted } from '../../server/http/until-aborted.ts';

const minutes = Number(process.env.SOAK_MINUTES ?? 10);
const rps = Number(process.env.SOAK_RPS ?? 20);
const port = Number(process.env.SOAK_HTTP_PORT ?? 18_097);
const hostileEvery = Number(process.env.SOAK_HOSTILE_EVERY_S ?? 20) * 1000;
const sampleEvery = Number(process.env.SOAK_SAMPLE_S ?? 10) * 1000;
const durationMs = minutes * 60_000;
const warmupMs = Number(process.env.SOAK_WARMUP_S ?? Math.min(120, (durationMs / 1000) * 0.2)) * 1000;
const windowMs = Math.min(60_000, durationMs);
const base = `http://127.0.0.1:${port}`;

// ---- a seeded generator: the same mix on every run ----
const random = seededRandom(Number(process.env.SOAK_SEED ?? 15));
const pick = <T>(xs: T[]): T => xs[Math.floor(random() * xs.length)]!;
function groupBy<T>(xs: T[], key: (x: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const x of xs) groups.set(key(x), [...(groups.get(key(x)) ?? []), x]);
  return groups;
}

// ---- processes and their memory ----
function rssMb(pid: number): number {
  try {
    const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) / 1024 : NaN;
  } catch {
    return NaN;
  }
}
/** Java processes started under `pid` (a console sandbox JVM, if the server runs one). */
function javaDescendants(pid: number): number[] {
  const parents = new Map<number, number>();
  const comm = new Map<number, string>();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      const close = stat.lastIndexOf(')');
      parents.set(Number(d), Number(stat.slice(close + 2).split(' ')[1]));
      comm.set(Number(d), stat.slice(stat.indexOf('(') + 1, close));
    } catch {
      /* gone meanwhile */
    }
  }
  const under = (p: number): boolean => {
    for (let q = parents.get(p); q; q = parents.get(q)) if (q === pid) return true;
    return false;
  };
  return [...parents.keys()].filter((p) => comm.get(p) === 'java' && under(p));
}

/** One diagnostics line of the server (server/http/diagnostics.ts), with when it arrived. */
interface Diagnostics {
  at: number;
  rssMb: number;
  heapUsedMb: number;
  externalMb: number;
  arrayBuffersMb: number;
  cacheMb?: number;
  cacheEntries?: number;
  consoleWorkers?: number;
  /** Console sandboxes holding the current copy (2: the warm standby can take over). */
  consoleCopies?: number;
  /** 1 once the server's warm-up (server/startup/warm-up.ts) is done. */
  warmedUp?: number;
  loopDelayP50Ms: number;
  loopDelayP99Ms: number;
  loopDelayMaxMs: number;
}
const diagnostics: Diagnostics[] = [];

// ---- requests ----
interface Outcome {
  route: string;
  /** When the request was sent and when it settled (epoch ms). */
  sent: number;
  at: number;
  ms: number;
  status: number | 'error' | 'cancelled' | 'timeout' | 'unfinished';
  code?: string;
}
const outcomes: Outcome[] = [];
const inFlight = new Map<Promise<void>, { route: string; started: number; controller: AbortController }>();

function fire(route: string, path: string, init: RequestInit = {}, cancelAfterMs?: number, timeoutMs = 60_000): void {
  const controller = new AbortController();
  const sent = Date.now();
  const started = performance.now();
  let cancelled = false;
  const cancel =
    cancelAfterMs === undefined
      ? undefined
      : setTimeout(() => {
          cancelled = true;
          controller.abort();
        }, cancelAfterMs);
  const timeout = setTimeout(() => controller.abort(), timeoutMs);
  const done = (async () => {
    let status: Outcome['status'];
    let code: string | undefined;
    try {
      const res = await fetch(base + path, { ...init, signal: controller.signal });
      status = res.status;
      // An error's code from the JSON error shape ({ error: { code } }), else what the body starts with.
      if (status >= 400) {
        const text = await untilAborted(controller.signal, res.text());
        try {
          code = String((JSON.parse(text) as { error?: { code?: unknown } }).error?.code ?? 'no code');
        } catch {
          code = `not JSON: ${text.slice(0, 40)}`;
        }
      } else await untilAborted(controller.signal, res.arrayBuffer());
    } catch {
      status = cancelled ? 'cancelled' : controller.signal.aborted ? 'timeout' : 'error';
    } finally {
      clearTimeout(cancel);
      clearTimeout(timeout);
    }
    outcomes.push({ route, sent, at: Date.now(), ms: performance.now() - started, status, code });
  })();
  inFlight.set(done, { route, started, controller });
  void done.finally(() => inFlight.delete(done));
}

// /api/health (and the probe's /api/ready) are timed in a thread of their own, as an outside monitor would time
// them: on the bench's main thread, which parses answers and samples /proc, its own stalls (255–341 ms seen in the
// first minute) counted as the server's. The thread only sends, awaits and times; nothing else runs on its loop.
const timer = new Worker(
  `const { parentPort } = require('node:worker_threads');
  parentPort.on('message', async ({ n, url }) => {
    const started = performance.now();
    let status;
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(60000) });
      await res.arrayBuffer();
      status = res.status;
    } catch (err) {
      status = err.name === 'TimeoutError' ? 'timeout' : 'error';
    }
    parentPort.postMessage({ n, status, ms: performance.now() - started, at: Date.now() });
  });`,
  { eval: true },
);
const timed = new Map<number, (o: { status: Outcome['status']; ms: number; at: number }) => void>();
let timedCount = 0;
timer.on('message', (m: { n: number; status: Outcome['status']; ms: number; at: number }) => {
  timed.get(m.n)?.(m);
  timed.delete(m.n);
});
/** A GET timed in the timer thread (see above); in flight and in the outcomes like `fire`'s requests. */
function fireTimed(route: string, path: string): void {
  const n = timedCount++;
  const sent = Date.now();
  const started = performance.now();
  const done = new Promise<void>((resolve) =>
    timed.set(n, ({ status, ms, at }) => {
      outcomes.push({ route, sent, at, ms, status });
      resolve();
    }),
  );
  inFlight.set(done, { route, started, controller: new AbortController() });
  void done.finally(() => inFlight.delete(done));
  timer.postMessage({ n, url: base + path });
}

const consoleQuery =
  'MATCH (c:City {id: $id})-[t:TIE]-(o:City) RETURN o.nameEn AS partner, t.year AS year ORDER BY year LIMIT 50';
const hostile = [
  'RETURN reduce(m = {}, i IN range(1, 20000) | {a: m}) AS x',
  "RETURN 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaa!' =~ '((a+)+)+$' AS r",
  'RETURN reduce(s = 0, x IN range(1, 300000000) | s + x % 7) AS s',
  'RETURN size([x IN range(1, 15000000) | toString(x)]) AS n',
  'RETURN range(1, 2000000) AS x',
];
const post = (body: unknown, client: string): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', 'x-forwarded-for': client },
  body: JSON.stringify(body),
});
const hostileClient = '203.0.113.66';
/** An innocent console user: one of 50 addresses. */
const user = () => `198.51.100.${1 + Math.floor(random() * 50)}`;

function mix(ids: string[], names: string[]): [number, () => void][] {
  const id = () => pick(ids);
  return [
    [4, () => fire('explorer page', '/')],
    [2, () => fire('world graph', '/api/graph')],
    [
      14,
      () => {
        const n = pick(names);
        fire('search', `/api/cities?q=${encodeURIComponent(n.slice(0, 3 + Math.floor(random() * 4)))}`);
      },
    ],
    [16, () => fire('city details', `/api/cities/${id()}`)],
    [8, () => fire('focus', `/api/graph?focus=${id()}&depth=${1 + Math.floor(random() * 2)}`)],
    [5, () => fire('path', `/api/path?from=${id()}&to=${id()}`)],
    [4, () => fire('console', '/api/cypher', post({ query: consoleQuery, params: { id: id() } }, user()))],
    [5, () => fire('embed', `/embed?focus=${id()}`)],
    [3, () => fire('snapshot png', `/api/snapshot.png?focus=${id()}`)],
    [2, () => fire('export', `/api/export?format=${pick(['graphml', 'gexf', 'csv', 'json'])}&focus=${id()}&depth=2`)],
    [
      2,
      () =>
        fire(
          'export, cancelled',
          `/api/export?format=${pick(['graphml', 'json'])}&limit=${20_000 + Math.floor(random() * 10_000)}`,
          {},
          100 + random() * 400,
        ),
    ],
    [
      2,
      () =>
        fire('graph, cancelled', `/api/graph?limit=${10_000 + Math.floor(random() * 20_000)}`, {}, 50 + random() * 200),
    ],
    [12, () => fireTimed('health', '/api/health')],
  ];
}

// ---- the run ----
const { db, stop, pid: jvmPid } = await benchDatabase();
let server: ReturnType<typeof spawn> | undefined;
try {
  if (!existsSync(resolve(defaultWebRoot, 'index.html')))
    await build({ configFile: resolve('vite.config.ts'), logLevel: 'warn' });
  console.error('Importing the world network into the bench database…');
  await new ImportService(new ImportRepository(db)).run(readFileSync(worldFile));
  const { records } = await db.driver.executeQuery(
    'MATCH (c:City)-[:TIE]-() WITH DISTINCT c RETURN c.id AS id, coalesce(c.nameEn, c.id) AS name',
    {},
    { database: db.database },
  );
  const ids = records.map((r) => r.get('id') as string);
  const names = records.map((r) => r.get('name') as string);

  // The server as `npm start` runs it; every load comes from 127.0.0.1, so the per-client console limit is raised.
  let log = '';
  let loadStart = 0;
  // SOAK_NODE_FLAGS: extra flags for the server's node (e.g. `--cpu-prof --cpu-prof-dir=.data/soak-prof`).
  const nodeFlags = (process.env.SOAK_NODE_FLAGS ?? '').split(/\s+/).filter(Boolean);
  server = spawn(process.execPath, ['--expose-gc', ...nodeFlags, '--import', 'tsx', 'server/main.ts'], {
    env: {
      ...process.env,
      MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? '2', // as `npm start` sets it (docs/configuration.md)
      PORT: String(port),
      HOST: '127.0.0.1',
      NEO4J_URI: db.uri,
      SEED: 'never',
      WORLD: 'never',
      LOG_LEVEL: 'warn',
      CYPHER_RATE_LIMIT: '1000000',
      TRUST_PROXY: 'loopback',
      // where the server runs a console sandbox JVM (with the console's isolation), its own port and folder
      DIAGNOSTICS_EVERY_S: String(sampleEvery / 1000),
      CONSOLE_SANDBOX_BOLT_PORT: process.env.SOAK_SANDBOX_BOLT_PORT ?? '7698',
      CONSOLE_SANDBOX_DIR: '.data/console-sandbox-soak',
      // its warm standby (docs/cypher-console-safety.md)
      CONSOLE_SANDBOX_STANDBY_BOLT_PORT: process.env.SOAK_STANDBY_BOLT_PORT ?? '7694',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // The server's diagnostics lines (DIAGNOSTICS_EVERY_S: memory by kind, cache size, event-loop delay), by time.
  let partial = '';
  const logTo = process.env.SOAK_SERVER_LOG; // every server output line, with the ms since the load started
  const keep = (d: Buffer) =>
    logTo &&
    appendFileSync(
      logTo,
      String(d)
        .split('\n')
        .filter(Boolean)
        .map((l) => `${loadStart ? Date.now() - loadStart : 'before'} ${l}\n`)
        .join(''),
    );
  server.stdout!.on('data', (d: Buffer) => {
    keep(d);
    log = (log + d).slice(-4000);
    const lines = (partial + d).split('\n');
    partial = lines.pop()!;
    for (const line of lines) {
      if (!line.includes('"diagnostics"')) continue;
      try {
        diagnostics.push({ ...(JSON.parse(line) as { diagnostics: Diagnostics }).diagnostics, at: Date.now() });
      } catch {
        /* not JSON */
      }
    }
  });
  server.stderr!.on('data', (d: Buffer) => {
    keep(d);
    log = (log + d).slice(-4000);
  });
  const upBy = Date.now() + 120_000;
  while (
    !(await fetch(`${base}/api/health`).then(
      (r) => r.ok,
      () => false,
    ))
  ) {
    if (Date.now() > upBy || server.exitCode !== null) throw new Error(`the server did not start: ${log}`);
    await new Promise((r) => setTimeout(r, 500));
  }

  // The load starts once the console answers too (its sandbox's first copy of the world graph is in): the soak
  // measures the service running, not its start (the start is npm run bench:start's).
  const consoleBy = Date.now() + 600_000;
  while (
    !(await fetch(`${base}/api/cypher`, post({ query: 'RETURN 1 AS one' }, '192.0.2.1')).then(
      (r) => r.ok,
      () => false,
    ))
  ) {
    if (Date.now() > consoleBy || server.exitCode !== null)
      throw new Error(`the console did not answer within 10 min: ${log}`);
    await new Promise((r) => setTimeout(r, 2_000));
  }
  console.error(`The console answers (${((Date.now() - consoleBy + 600_000) / 1000).toFixed(0)} s after the server).`);
  // And its warm standby holds the same copy (the diagnostics' consoleCopies) and the server's warm-up is done
  // (warmedUp), so that neither is part of the load's first minute — as with users who come after the start.
  const standbyBy = Date.now() + 600_000;
  const waiting = (d: Diagnostics | undefined) =>
    !d || (d.consoleCopies !== undefined && d.consoleCopies < 2) || d.warmedUp === 0;
  while (waiting(diagnostics.at(-1))) {
    if (Date.now() > standbyBy || server.exitCode !== null) {
      console.error('The console standby or the warm-up was not done within 10 min; starting anyway.');
      break;
    }
    await new Promise((r) => setTimeout(r, 2_000));
  }
  console.error('Starting the load.');

  const openTransactions = async (): Promise<{ count: number; queries: string[] }> => {
    const res = await db.driver.executeQuery(
      'SHOW TRANSACTIONS YIELD currentQuery, elapsedTime, status WHERE NOT currentQuery STARTS WITH "SHOW TRANSACTIONS" RETURN currentQuery, elapsedTime, status',
      {},
      { database: db.database },
    );
    return {
      count: res.records.length,
      queries: res.records.map(
        (r) =>
          `${String(r.get('currentQuery')).replace(/\s+/g, ' ').slice(0, 80) || 'no query running'} (${String(r.get('status'))}, open ${String(r.get('elapsedTime'))})`,
      ),
    };
  };
  interface Sample {
    t: number;
    requests: number;
    openTx: number;
    serverMb: number;
    jvmMb: number[];
    /** The JVMs' pids, in the order of jvmMb: a console sandbox killed for a runaway comes back as a new process. */
    jvmPids: number[];
    server?: Diagnostics;
  }
  const samples: Sample[] = [];
  const sample = async (t: number) => {
    const jvms = [...new Set([...(jvmPid ? [jvmPid] : []), ...javaDescendants(server!.pid!)])];
    samples.push({
      t,
      requests: outcomes.length,
      openTx: (await openTransactions().catch(() => ({ count: NaN }))).count,
      serverMb: rssMb(server!.pid!),
      jvmMb: jvms.map(rssMb),
      jvmPids: jvms,
      server: diagnostics.at(-1),
    });
    const s = samples.at(-1)!;
    const d = s.server;
    console.error(
      `  ${(t / 1000).toFixed(0)} s: ${outcomes.length} answered, ${inFlight.size} in flight, ${s.openTx} open transactions, server ${s.serverMb.toFixed(0)} MB` +
        (d
          ? ` (heap ${d.heapUsedMb}, external ${d.externalMb}, array buffers ${d.arrayBuffersMb}, cache ${d.cacheMb ?? '-'} MB; ${d.consoleWorkers ?? '-'} console workers; loop delay p99 ${d.loopDelayP99Ms} ms, max ${d.loopDelayMaxMs} ms)`
          : '') +
        `, JVM ${s.jvmMb.map((m) => m.toFixed(0)).join(' / ')} MB`,
    );
  };

  const routes = mix(ids, names);
  const total = routes.reduce((s, [w]) => s + w, 0);
  const choose = () => {
    let r = random() * total;
    for (const [w, go] of routes) if ((r -= w) < 0) return go();
  };
  console.error(
    `Soak: ${minutes} min at ${rps} requests/s against ${base} (server pid ${server.pid}, JVM pid ${jvmPid ?? 'external'}), world graph of ${ids.length} tied cities…`,
  );
  const start = Date.now();
  loadStart = start;
  // The bench's own event loop, per window: every latency here is timed by this process, so a stall of its own
  // (reading answers, sampling /proc) counts in them — printed next to the server's to tell the two apart.
  const clientLoop = monitorEventLoopDelay({ resolution: 10 });
  const clientLoopMax: number[] = [];
  const clientWindow = setInterval(() => {
    clientLoopMax.push(clientLoop.max / 1e6);
    clientLoop.reset();
  }, windowMs);
  clientLoop.enable();
  // SOAK_PROBE_MS: besides the mix, /api/health and /api/ready (which touches no database) alternately every so
  // many ms over the first SOAK_PROBE_S (default 90) seconds — a slow health beside a fast ready is a wait on the
  // database, both slow a busy main thread. Reported apart ('probe …' routes), never in the health verdict.
  const probeEvery = Number(process.env.SOAK_PROBE_MS ?? 0);
  if (probeEvery > 0) {
    let k = 0;
    const probe = setInterval(() => {
      if (Date.now() - start > Number(process.env.SOAK_PROBE_S ?? 90) * 1000) return clearInterval(probe);
      if (k++ % 2) fireTimed('probe ready', '/api/ready');
      else fireTimed('probe health', '/api/health');
    }, probeEvery);
  }
  let sent = 0;
  let nextSample = start;
  let nextHostile = start + hostileEvery / 2;
  let h = 0;
  while (Date.now() - start < durationMs) {
    const now = Date.now();
    if (now >= nextSample) {
      void sample(now - start);
      nextSample += sampleEvery;
    }
    if (now >= nextHostile) {
      fire(
        'console, hostile',
        '/api/cypher',
        post({ query: hostile[h++ % hostile.length] }, hostileClient),
        undefined,
        120_000,
      );
      nextHostile += hostileEvery;
    }
    const due = start + (sent * 1000) / rps;
    if (now >= due) {
      choose();
      sent++;
      continue;
    }
    await new Promise((r) => setTimeout(r, Math.min(due, nextSample, nextHostile) - now));
  }
  clearInterval(clientWindow);
  if (clientLoopMax.length * windowMs < durationMs) clientLoopMax.push(clientLoop.max / 1e6);
  clientLoop.disable();
  await sample(Date.now() - start);
  // Requests still in flight get up to 90 s to end; any left then are aborted and, if even that does not end
  // them, counted as unfinished (the run must end, and a request the server never answers is a finding).
  console.error(`Load over; waiting for ${inFlight.size} requests in flight…`);
  for (const end = Date.now() + 90_000; inFlight.size > 0 && Date.now() < end;)
    await new Promise((r) => setTimeout(r, 500));
  for (const { controller } of inFlight.values()) controller.abort();
  for (const end = Date.now() + 5_000; inFlight.size > 0 && Date.now() < end;)
    await new Promise((r) => setTimeout(r, 100));
  for (const { route, started } of inFlight.values())
    outcomes.push({ route, sent, at: Date.now(), ms: performance.now() - started, status: 'unfinished' });
  // Leaked transactions: whatever is still open once every request has ended and a grace period has passed.
  let open = await openTransactions();
  for (const end = Date.now() + 30_000; open.count > 0 && Date.now() < end; open = await openTransactions())
    await new Promise((r) => setTimeout(r, 1000));

  // ---- the report ----
  const ms = (x: number) => (x === Infinity ? 'unanswered' : Number.isFinite(x) ? `${x.toFixed(x < 10 ? 1 : 0)}` : '-');
  console.log(
    `\nSoak of ${new Date(start).toISOString()}: ${minutes} min at ${rps} req/s (+1 hostile console query every ${hostileEvery / 1000} s), ${outcomes.length} requests, seed ${process.env.SOAK_SEED ?? 15}`,
  );
  console.log(
    `${'route'.padEnd(20)} ${'n'.padStart(6)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'max ms'.padStart(8)}  2xx   4xx (429)   5xx  errors  timeouts  cancelled  unfinished`,
  );
  const byRoute = groupBy(outcomes, (o) => o.route);
  for (const [route, os] of [...byRoute].sort(([a], [b]) => a.localeCompare(b))) {
    const done = os
      .filter((o) => typeof o.status === 'number')
      .map((o) => o.ms)
      .sort((a, b) => a - b);
    const count = (f: (o: Outcome) => boolean) => os.filter(f).length;
    const st = (lo: number, hi: number) =>
      count((o) => typeof o.status === 'number' && o.status >= lo && o.status < hi);
    console.log(
      `${route.padEnd(20)} ${String(os.length).padStart(6)} ${ms(percentile(done, 50)).padStart(8)} ${ms(percentile(done, 99)).padStart(8)} ${ms(done.at(-1) ?? NaN).padStart(8)} ` +
        `${String(st(200, 400)).padStart(4)} ${String(st(400, 500)).padStart(5)} (${count((o) => o.status === 429)}) ${String(st(500, 600)).padStart(5)} ${String(count((o) => o.status === 'error')).padStart(7)} ` +
        `${String(count((o) => o.status === 'timeout')).padStart(9)} ${String(count((o) => o.status === 'cancelled')).padStart(10)} ${String(count((o) => o.status === 'unfinished')).padStart(11)}`,
    );
  }
  // The probe's timeline, per 2 s of its start time: the slowest health and ready answers (ms).
  const probes = outcomes.filter((o) => o.route.startsWith('probe '));
  if (probes.length) {
    const slots = groupBy(probes, (o) => String(Math.floor((o.at - o.ms - start) / 2000) * 2));
    const worst = (os: Outcome[] | undefined) => (os?.length ? ms(Math.max(...os.map((o) => o.ms))) : '-');
    console.log('\nprobe, slowest per 2 s (t s: health / ready ms):');
    console.log(
      [...slots]
        .sort(([a], [b]) => Number(a) - Number(b))
        .map(([t, os]) => {
          const by = groupBy(os, (o) => o.route);
          return `${t}: ${worst(by.get('probe health'))} / ${worst(by.get('probe ready'))}`;
        })
        .join(', '),
    );
  }
  // Every 5xx by route and error code; the console's 4xx by code (refusals, cool-downs, timeouts).
  const byCode = (os: Outcome[]) =>
    [...groupBy(os, (o) => `${o.status} ${o.code ?? ''}`)]
      .sort(([, a], [, b]) => b.length - a.length)
      .map(([c, xs]) => `${c} ×${xs.length}`)
      .join(', ');
  const serverErrors = outcomes.filter((o) => typeof o.status === 'number' && o.status >= 500);
  console.log(
    `\n5xx by route and code: ${serverErrors.length ? [...groupBy(serverErrors, (o) => o.route)].map(([r, os]) => `${r}: ${byCode(os)}`).join('; ') : 'none'}`,
  );
  // Each 5xx: when it was sent into the load, how long it took, route, status and code — where any 5xx came from.
  for (const o of serverErrors.sort((a, b) => a.sent - b.sent).slice(0, 200))
    console.log(
      `  5xx at ${((o.sent - loadStart) / 1000).toFixed(1)} s into the load (${o.ms.toFixed(0)} ms): ${o.route} ${o.status} ${o.code ?? ''}`,
    );
  if (serverErrors.length > 200) console.log(`  … and ${serverErrors.length - 200} more`);
  for (const route of ['console', 'console, hostile']) {
    const clientErrors = outcomes.filter(
      (o) => o.route === route && typeof o.status === 'number' && o.status >= 400 && o.status < 500,
    );
    console.log(`${route} 4xx by code: ${byCode(clientErrors) || 'none'}`);
  }
  // The server's columns come from its last diagnostics line: heap used, external (Buffers, resvg…), of which
  // array buffers, the response cache, live console worker threads, and the event-loop delay over that interval.
  console.log(
    `\n${'t s'.padStart(6)} ${'answers/s'.padStart(9)} ${'open tx'.padStart(8)} ${'server MB'.padStart(10)} ${'heap'.padStart(6)} ${'extern'.padStart(6)} ${'arrbuf'.padStart(6)} ${'cache'.padStart(6)} ${'wrk'.padStart(4)} ${'loop p99/max ms'.padStart(16)}  JVM MB`,
  );
  samples.forEach((s, i) => {
    const prev = samples[i - 1];
    const rate = prev ? (s.requests - prev.requests) / ((s.t - prev.t) / 1000) : NaN;
    const d = s.server;
    const col = (x: number | undefined, w = 6) => (x === undefined ? '-' : ms(x)).padStart(w);
    console.log(
      `${(s.t / 1000).toFixed(0).padStart(6)} ${ms(rate).padStart(9)} ${String(s.openTx).padStart(8)} ${ms(s.serverMb).padStart(10)} ${col(d?.heapUsedMb)} ${col(d?.externalMb)} ${col(d?.arrayBuffersMb)} ${col(d?.cacheMb)} ${col(d?.consoleWorkers, 4)} ${(d ? `${ms(d.loopDelayP99Ms)} / ${ms(d.loopDelayMaxMs)}` : '-').padStart(16)}  ${s.jvmMb.map(ms).join(' / ')}`,
    );
  });

  // ---- verdicts ----
  const verdict = (goal: string, ok: boolean, figure: string) =>
    console.log(`${ok ? 'MET   ' : 'MISSED'} ${goal.padEnd(44)} ${figure}`);
  console.log('');
  const fivexx = outcomes.filter((o) => typeof o.status === 'number' && o.status >= 500);
  const fivexxBy = [...groupBy(fivexx, (o) => o.route)].map(([r, os]) => `${r} ${os.length}`).join(', ');
  verdict(
    '0 5xx',
    fivexx.length === 0,
    `${fivexx.length} 5xx${fivexx.length ? ` (${fivexxBy})` : ''}; ${outcomes.filter((o) => o.status === 'error' || o.status === 'timeout' || o.status === 'unfinished').length} network errors, timeouts or unfinished`,
  );
  verdict(
    '0 leaked transactions',
    open.count === 0,
    `${open.count} open 30 s after the last request${open.count ? `: ${open.queries.slice(0, 3).join('; ')}` : ''}; most open during the run ${Math.max(0, ...samples.map((s) => s.openTx).filter(Number.isFinite))}`,
  );
  // Memory after warm-up. RSS and the heap saw up and down: garbage builds up until a collection, so a single
  // sample lands anywhere between a trough and a peak, and first-against-last sample can report +40 % for a process
  // whose troughs barely rose. The verdict compares like with like: the least sample of the first minute after
  // warm-up against the least of the last minute — what stays after collections, i.e. what is retained (the two
  // windows are halved when the run after warm-up is shorter than two minutes). The raw first and last samples are
  // printed beside it.
  const afterWarmup = samples.filter((s) => s.t >= warmupMs);
  const span = afterWarmup.length ? afterWarmup.at(-1)!.t - afterWarmup[0]!.t : 0;
  const floorWindowMs = Math.min(60_000, span / 2);
  const firstWindow = afterWarmup.filter((s) => s.t <= afterWarmup[0]!.t + floorWindowMs);
  const lastWindow = afterWarmup.filter((s) => s.t >= afterWarmup.at(-1)!.t - floorWindowMs);
  const least = (xs: number[]) => (xs.some(Number.isFinite) ? Math.min(...xs.filter(Number.isFinite)) : NaN);
  // `pid` (a JVM's): each window's least is taken over the samples of the process its first or last sample shows —
  // a sandbox JVM restarted after a kill is a new process, and its first seconds' small RSS is not a trough.
  const growth = (get: (s: Sample) => number, pid?: (s: Sample) => number | undefined) => {
    const first = afterWarmup[0] ? get(afterWarmup[0]) : NaN;
    const last = afterWarmup.at(-1) ? get(afterWarmup.at(-1)!) : NaN;
    const same = (ref: Sample | undefined) => (s: Sample) => !pid || pid(s) === (ref && pid(ref));
    const floorFirst = least(firstWindow.filter(same(afterWarmup[0])).map(get));
    const floorLast = least(lastWindow.filter(same(afterWarmup.at(-1))).map(get));
    // A JVM that was restarted after warm-up (the console sandbox, killed for a runaway) is not judged: its new
    // process's first seconds are no trough of the old one, and its bound is its -Xmx, not its history.
    const restarted = !!pid && new Set(afterWarmup.map(pid).filter((p) => p !== undefined)).size > 1;
    return { first, last, floorFirst, floorLast, restarted, pct: ((floorLast - floorFirst) / floorFirst) * 100 };
  };
  const mem = [
    { name: 'server', ...growth((s) => s.serverMb) },
    ...(samples[0]?.jvmMb ?? []).map((_, i) => ({
      name: `JVM ${i + 1}`,
      ...growth(
        (s) => s.jvmMb[i] ?? NaN,
        (s) => s.jvmPids[i],
      ),
    })),
  ];
  // The server's memory by kind, the same way (least of the first and last minute): which kind grew (heap, external
  // Buffers, the cache).
  const kinds = (['heapUsedMb', 'externalMb', 'arrayBuffersMb', 'cacheMb'] as const).map((k) => ({
    name: k.replace(/Mb$/, ''),
    ...growth((s) => s.server?.[k] ?? NaN),
  }));
  const windowS = `${Math.round(floorWindowMs / 1000)} s`;
  console.log(
    `${'      '} ${`server memory by kind, least of first/last ${windowS}`.padEnd(44)} ${kinds.map((m) => `${m.name} ${ms(m.floorFirst)} → ${ms(m.floorLast)} MB`).join(', ')}`,
  );
  console.log(
    `${'      '} ${'memory, single samples first → last'.padEnd(44)} ${mem.map((m) => `${m.name} ${ms(m.first)} → ${ms(m.last)} MB`).join(', ')}`,
  );
  verdict(
    `memory flat after ${warmupMs / 1000} s warm-up (< 10 % growth)`,
    mem.every((m) => m.restarted || m.pct < 10),
    `least of the first vs the last ${windowS}: ` +
      mem
        .map(
          (m) =>
            `${m.name} ${ms(m.floorFirst)} → ${ms(m.floorLast)} MB (${m.pct >= 0 ? '+' : ''}${m.pct.toFixed(1)} %${m.restarted ? ', restarted after warm-up: not judged' : ''})`,
        )
        .join(', '),
  );
  const health = outcomes.filter((o) => o.route === 'health');
  const windows: number[] = [];
  for (let w = start; w < start + durationMs; w += windowMs) {
    const lat = health
      .filter((o) => o.at - o.ms >= w - 1 && o.at - o.ms < w + windowMs)
      .map((o) => (typeof o.status === 'number' ? o.ms : Infinity))
      .sort((a, b) => a - b);
    if (lat.length) windows.push(percentile(lat, 99));
  }
  const loop = (w: number) => diagnostics.filter((d) => d.at > w && d.at <= w + windowMs);
  console.log(
    `${'      '} ${'event-loop delay per window'.padEnd(44)} p99 (worst interval) / max: ${windows
      .map((_, i) => {
        const ds = loop(start + i * windowMs);
        return ds.length
          ? `${ms(Math.max(...ds.map((d) => d.loopDelayP99Ms)))} / ${ms(Math.max(...ds.map((d) => d.loopDelayMaxMs)))}`
          : '-';
      })
      .join(', ')} ms`,
  );
  console.log(
    `${'      '} ${"the bench's own event-loop delay".padEnd(44)} max per window: ${clientLoopMax.map(ms).join(', ')} ms`,
  );
  verdict(
    `/api/health p99 < 200 ms in every ${windowMs / 1000} s`,
    windows.length > 0 && windows.every((p) => p < 200),
    `per window: ${windows.map(ms).join(', ')} ms`,
  );
} finally {
  if (server && server.exitCode === null) {
    const exited = new Promise((r) => server!.once('exit', r));
    server.kill('SIGTERM');
    await exited;
  }
  await stop();
}
process.exit(process.exitCode ?? 0); // a request the server never answered must not keep the bench alive
