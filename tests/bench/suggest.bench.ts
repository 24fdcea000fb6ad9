// `npm run bench:suggest`: GET /api/cities/:id/suggestions on the world graph (curated seed + world file, in a
// fresh local Neo4j on BENCH_BOLT_PORT) under the bench:api harness — autocannon in its own process, loopback,
// BENCH_CONNECTIONS (10) for BENCH_SECONDS (10) — for a busy city and a country-restricted query. The goal
// (issue 19): p50 ≤ 100 ms, p99 ≤ 300 ms. The model is fitted before the run (off the request path, in a worker
// thread); each request checks the last commit and ranks every city for the one asked.
import type { AddressInfo } from 'node:net';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { createApp } from '../../server/app.ts';
import { worldDatabase } from '../eval/world-graph.ts';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
type Cannon = { requests: { average: number }; latency: { p50: number; p99: number }; errors: number; non2xx: number };

const { db, stop } = await worldDatabase();
async function run(responseCacheMb: number) {
  const server = createApp({ db, responseCacheMb }).listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const t0 = performance.now();
    await (await fetch(`${base}/api/cities/ru-kaluga/suggestions`)).json(); // waits for the model's first fit
    console.log(`Model fitted (world selection + worker thread) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    const paths = [
      '/api/cities/ru-kaluga/suggestions',
      '/api/cities/ru-kaluga/suggestions?country=BY',
      '/api/cities/de-berlin/suggestions',
    ];
    console.log(
      `GET suggestions on the world graph — ${connections} connections, ${seconds} s each (goal p50 ≤ 100 ms, p99 ≤ 300 ms)`,
    );
    for (const path of paths) {
      const url = base + path;
      const probe = await fetch(url);
      if (!probe.ok) {
        console.log(`  ${path}: ${probe.status} (skipped)`);
        continue;
      }
      for (let i = 0; i < 50; i++) await (await fetch(url)).arrayBuffer();
      const { stdout } = await promisify(execFile)(
        process.execPath,
        ['node_modules/autocannon/autocannon.js', '-j', '-c', String(connections), '-d', String(seconds), url],
        { maxBuffer: 1 << 24 },
      );
      const r = JSON.parse(stdout) as Cannon;
      console.log(
        `  ${path.padEnd(48)} ${r.requests.average.toFixed(0)} req/s, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, errors ${r.errors + r.non2xx}`,
      );
    }
  } finally {
    server.closeAllConnections();
    server.close();
  }
}

try {
  await run(0);
  await run(64);
} finally {
  await stop();
}
