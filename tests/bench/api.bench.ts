// `npm run bench:api`: GET /api/cities/:id under load (autocannon, loopback only) next to the same queries
// straight through the driver, in the same run and with the same concurrency. Prints figures and the ratio.
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
try {
  const server = createApp({ db }).listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/cities/${id}`;

  // The endpoint runs one statement (get-city.cypher); the baseline runs it straight through the driver.
  const statements: Array<[string, object]> = [['get-city', { id }]];
  for (let i = 0; i < 50; i++) await fetch(url); // warm plans and JIT on both paths

  // autocannon runs in its own process so the load generator does not share the server's event loop.
  const { stdout } = await promisify(execFile)(process.execPath, ['node_modules/autocannon/autocannon.js', '-j', '-c', String(connections), '-d', String(seconds), url], { maxBuffer: 1 << 24 });
  const api = JSON.parse(stdout) as { requests: { average: number }; latency: { p50: number; p99: number }; errors: number; non2xx: number };
  server.close();

  const latencies: number[] = [];
  const end = Date.now() + seconds * 1000;
  const session = () => db.driver.session({ database: db.database, defaultAccessMode: 'READ' });
  await Promise.all(Array.from({ length: connections }, async () => {
    while (Date.now() < end) {
      const t = performance.now();
      for (const [name, params] of statements) {
        const s = session();
        try { await s.executeRead((tx) => tx.run(cypher(name), params)); } finally { await s.close(); }
      }
      latencies.push(performance.now() - t);
    }
  }));
  latencies.sort((a, b) => a - b);
  const driverRps = latencies.length / seconds;

  console.log(`GET /api/cities/${id} — ${connections} connections, ${seconds} s each, on ${db.uri}`);
  console.log(`  API (HTTP + validation + JSON): ${api.requests.average.toFixed(0)} req/s, p50 ${api.latency.p50} ms, p99 ${api.latency.p99} ms, errors ${api.errors + api.non2xx}`);
  console.log(`  driver (same statement):       ${driverRps.toFixed(0)} req/s, p50 ${percentile(latencies, 50).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms`);
  console.log(`  ratio API/driver throughput: ${(api.requests.average / driverRps).toFixed(2)}; p99 ratio ${(api.latency.p99 / percentile(latencies, 99)).toFixed(2)}`);
} finally {
  await stop();
}
