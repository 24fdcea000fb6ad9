// `npm run bench:api`: GET /api/cities/:id under load (autocannon, loopback only), with its response cache and
// without, next to the same query straight through the driver, in the same run and with the same concurrency.
// Prints figures and the ratios.
import type { AddressInfo } from 'node:net';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { createApp } from '../../server/app.ts';
import { cypher } from '../../server/db/cypher-files.ts';
import { benchDatabase, percentile } from './bench-database.ts';

const id = process.env.BENCH_CITY ?? 'ru-kaluga';
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);

const { db, stop } = await benchDatabase();
type Cannon = { requests: { average: number }; latency: { p50: number; p99: number }; errors: number; non2xx: number };

/** The endpoint under autocannon, served by an app with the given response cache bound (0: off). */
async function apiRun(responseCacheMb: number): Promise<Cannon> {
  const server = createApp({ db, responseCacheMb }).listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/cities/${id}`;
  try {
    for (let i = 0; i < 200; i++) await fetch(url); // warm this app's code paths
    // autocannon runs in its own process so the load generator does not share the server's event loop.
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['node_modules/autocannon/autocannon.js', '-j', '-c', String(connections), '-d', String(seconds), url],
      { maxBuffer: 1 << 24 },
    );
    return JSON.parse(stdout) as Cannon;
  } finally {
    server.closeAllConnections();
    server.close();
  }
}

/** Latencies of get-city run straight through the driver by `connections` loops for `sec` seconds, sorted. */
async function driverRun(sec: number): Promise<number[]> {
  const latencies: number[] = [];
  const end = Date.now() + sec * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (Date.now() < end) {
        const t = performance.now();
        const s = db.driver.session({ database: db.database, defaultAccessMode: 'READ' });
        try {
          await s.executeRead((tx) => tx.run(cypher('get-city'), { id }));
        } finally {
          await s.close();
        }
        latencies.push(performance.now() - t);
      }
    }),
  );
  return latencies.sort((a, b) => a - b);
}

try {
  await driverRun(seconds); // warm Neo4j's plans and JIT first, so no contender pays for it
  // The endpoint runs one statement (get-city.cypher) — or, answering from its cache, only the commit-marker
  // read that proves the cached body current; the baseline runs get-city straight through the driver.
  const cached = await apiRun(64);
  const uncached = await apiRun(0);

  const latencies = await driverRun(seconds);
  const driverRps = latencies.length / seconds;
  const driverP99 = percentile(latencies, 99);
  const api = (label: string, r: Cannon) =>
    console.log(
      `  ${label.padEnd(38)} ${r.requests.average.toFixed(0)} req/s, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, errors ${r.errors + r.non2xx}; ratio ${(r.requests.average / driverRps).toFixed(2)}, p99 ratio ${(r.latency.p99 / driverP99).toFixed(2)}`,
    );

  console.log(`GET /api/cities/${id} — ${connections} connections, ${seconds} s each, on ${db.uri}`);
  console.log(
    `  ${'driver, get-city.cypher (baseline)'.padEnd(38)} ${driverRps.toFixed(0)} req/s, p50 ${percentile(latencies, 50).toFixed(1)} ms, p99 ${driverP99.toFixed(1)} ms`,
  );
  api('API (cache checked by the last commit)', cached);
  api('API, cache off (RESPONSE_CACHE_MB=0)', uncached);
  console.log('  (ratios: API / driver throughput; p99 ratio: API / driver p99 latency)');
} finally {
  await stop();
}
