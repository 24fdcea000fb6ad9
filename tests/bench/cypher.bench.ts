// `npm run bench:cypher`: a typical console query (a city's two-step neighbourhood) through POST /api/cypher —
// size cap, guard (EXPLAIN verdict cache), READ transaction, row cap and serialiser included — next to the same
// query straight through the driver, in the same run, at the same concurrency. Prints req/s, p99 and the ratio.
// Loopback only. Uses NEO4J_URI when set, else starts the local Neo4j (NEO4J_BOLT_PORT, NEO4J_DATA_DIR).
import type { AddressInfo } from 'node:net';
import autocannon from 'autocannon';
import neo4j from 'neo4j-driver';
import { pino } from 'pino';
import { createApp } from '../../server/app.ts';
import { readEnv } from '../../server/config.ts';
import { connect } from '../../server/startup/connect.ts';
import { prepareDatabase } from '../../server/startup/prepare-database.ts';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const query = 'MATCH (c:City {id: $id})-[:TIE*1..2]-(o) RETURN DISTINCT o.id';
const params = { id: 'by-mogilev' };

const conn = await connect(readEnv(), () => {});
try {
  await prepareDatabase(conn.db, { seed: 'auto', logger: pino({ level: 'silent' }) }).done;
  // The rate limit is for people; the bench raises it (CYPHER_RATE_LIMIT overrides it too).
  const app = createApp({ db: conn.db, cypherConsole: { rateLimit: Number(process.env.CYPHER_RATE_LIMIT ?? 1e9) } });
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((res) => server.once('listening', () => res()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/cypher`;

  await benchDriver(1); // warm-up: plans cached, pools filled
  await benchApi(url, 1);
  const direct = await benchDriver(seconds);
  const api = await benchApi(url, seconds);
  server.close();

  const row = (name: string, r: { rps: number; p99: number; n: number }) =>
    `${name.padEnd(22)} ${r.rps.toFixed(0).padStart(8)} req/s   p99 ${r.p99.toFixed(1).padStart(6)} ms   (${r.n} requests)`;
  console.log(`\n${query}  ${JSON.stringify(params)}  — ${connections} concurrent, ${seconds} s each\n`);
  console.log(row('driver (executeRead)', direct));
  console.log(row('POST /api/cypher', api));
  console.log(`\nratio API / driver throughput: ${(api.rps / direct.rps).toFixed(2)} (goal ≥ 0.80)`);
} finally {
  await conn.close();
}

/** The same query through the driver: `connections` loops of executeRead in a READ session. */
async function benchDriver(durationS: number) {
  const latencies: number[] = [];
  const end = performance.now() + durationS * 1000;
  const p = { id: params.id };
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < end) {
        const t0 = performance.now();
        const session = conn.db.driver.session({ database: conn.db.database, defaultAccessMode: neo4j.session.READ });
        try {
          await session.executeRead((tx) => tx.run(query, p));
        } finally {
          await session.close();
        }
        latencies.push(performance.now() - t0);
      }
    }),
  );
  return summarise(latencies, durationS);
}

/** POST /api/cypher under autocannon, in a worker thread so load generation does not share the server's event loop. */
async function benchApi(target: string, durationS: number) {
  const result = await autocannon({
    url: target,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, params }),
    connections,
    duration: durationS,
    workers: 1,
  });
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`API answered ${result.non2xx} non-2xx and ${result.errors} errors`);
  return { rps: result.requests.total / durationS, p99: result.latency.p99, n: result.requests.total };
}

function summarise(latencies: number[], durationS: number) {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    rps: sorted.length / durationS,
    p99: sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.99))] ?? 0,
    n: sorted.length,
  };
}
