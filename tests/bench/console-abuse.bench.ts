// `npm run bench:console-abuse`: GET /api/health and GET /api/cities/ru-kaluga, one request after another, first
// with no other load (the baseline) and then while the hostile console queries of issue 15 run several at once
// (again and again), in the same run against the same app — the main Neo4j (bench-database.ts) and a console
// sandbox. Prints p50/p99/max of both phases and what the hostile queries answered. The goal: p99 under 200 ms.
import { resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { createApp } from '../../server/app.ts';
import type { CypherConsole } from '../../server/cypher-console/cypher-console.ts';
import {
  hostileQueries,
  percentile,
  postQuery,
  sampleWhile,
  startSandbox,
  type Samples,
} from '../helpers/console-abuse.ts';
import { benchDatabase } from './bench-database.ts';

const seconds = Number(process.env.BENCH_SECONDS ?? 30);
const paths = ['/api/health', '/api/cities/ru-kaluga'];
// BENCH_HOSTILE=regex,15 keeps only the hostile queries whose names contain one of the words (to find the costly one).
const only = process.env.BENCH_HOSTILE?.split(',').map((w) => w.trim().toLowerCase());
const hostile = only
  ? hostileQueries.filter(([name]) => only.some((w) => name.toLowerCase().includes(w)))
  : hostileQueries;

const { db, stop } = await benchDatabase();
const sandbox = await startSandbox(
  db,
  Number(process.env.BENCH_SANDBOX_BOLT_PORT ?? 7696),
  resolve('.data/console-sandbox-bench'),
);
// No cool-down: the bench measures the service while the hostile queries really run, again and again.
const app = createApp({
  db,
  consoleBackend: sandbox,
  cypherConsole: { rateLimit: 1_000_000, concurrencyPerClient: 16, cooldownMs: 0 },
});
const server = app.listen(Number(process.env.PORT ?? 0), '127.0.0.1');
await new Promise((r) => server.once('listening', r));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const line = (label: string, s: Samples) =>
  console.log(
    `  ${label.padEnd(44)} n=${String(s.ms.length).padStart(4)}  p50 ${percentile(s.ms, 50).toFixed(1).padStart(6)} ms  p99 ${percentile(s.ms, 99).toFixed(1).padStart(7)} ms  max ${Math.max(
      ...s.ms,
    )
      .toFixed(0)
      .padStart(6)} ms  failures ${s.failures.length}`,
  );

try {
  for (let i = 0; i < 50; i++) for (const p of paths) await fetch(url + p).then((r) => r.arrayBuffer()); // warm up
  const baseline = await sampleWhile(url, paths, new Promise((r) => setTimeout(r, seconds * 1000)));

  const answers = new Map<string, Map<string, number>>();
  const end = Date.now() + seconds * 1000;
  const attack = Promise.all(
    hostile.map(async ([name, query]) => {
      while (Date.now() < end) {
        const { status, body } = await postQuery(url, query);
        const key = `${status} ${body.error?.code ?? ''}`.trim();
        const byCode = answers.get(name) ?? new Map<string, number>();
        byCode.set(key, (byCode.get(key) ?? 0) + 1);
        answers.set(name, byCode);
        if (status === 503) await new Promise((r) => setTimeout(r, 1_000)); // as Retry-After asks, roughly
      }
    }),
  );
  const underAttack = await sampleWhile(url, paths, attack);

  console.log(`bench:console-abuse — ${new Date().toISOString()}, ${seconds} s per phase, requests one after another`);
  for (const p of paths) {
    line(`${p} baseline`, baseline[p]!);
    line(`${p} while hostile queries run`, underAttack[p]!);
  }
  console.log('  hostile queries answered:');
  for (const [name, byCode] of answers)
    console.log(`    ${name.padEnd(20)} ${[...byCode].map(([k, n]) => `${n}× ${k}`).join(', ')}`);
  const { stats } = (app.locals.cypherConsole as CypherConsole).service;
  console.log(
    `  console: ${stats.timedOut} deadlines reached, ${stats.terminated} transactions terminated, ${stats.killed} sandbox kills, ${stats.checkFailures} checks unanswered; sandbox restarts ${sandbox.restarts}`,
  );
} finally {
  server.closeAllConnections();
  server.close();
  await (app.locals.cypherConsole as CypherConsole).service.settled();
  await (app.locals.cypherConsole as CypherConsole).workers.close();
  await sandbox.close();
  await stop();
}
