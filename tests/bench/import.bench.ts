// `npm run bench:import`: the whole world file through the importer (validation, entity resolution, one
// atomic transaction) into an empty database and into an already-loaded one, next to the baseline measured in
// the same run: Neo4j's own LOAD CSV of the same file writing the SAME graph shape as the importer
// (cypher/load-csv-same-shape.cypher: city properties, search keys, points, IN_COUNTRY, SOURCED_BY, sourced ties),
// served from 127.0.0.1 over HTTP — the headline goal is importer ≤ 1.5× of it, first run and warm, and < 15 s.
// The old bare baseline (LOAD CSV + plain MERGE, a smaller graph) is still printed second, for comparison.
// Every one is timed on its first run (cold) and then over BENCH_ROUNDS interleaved warm rounds (medians).
// Uses NEO4J_URI (a disposable database: it is wiped) or starts its own local Neo4j on BENCH_BOLT_PORT.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { startLocalNeo4j, type LocalNeo4j } from '../../neo4j/local-neo4j.ts';
import { applySchema } from '../../server/db/apply-schema.ts';
import { cypher } from '../../server/db/cypher-files.ts';
import { Database } from '../../server/db/database.ts';
import { ImportRepository } from '../../server/import/import.repository.ts';
import { ImportService } from '../../server/import/import.service.ts';
import { worldFile } from '../../server/import/load-world.ts';

const bytes = readFileSync(worldFile);
const rows = 25_917;
const own = !process.env.NEO4J_URI;
let local: LocalNeo4j | undefined;
let db: Database;
let importer: ImportService;
/** Connects; when the bench runs its own Neo4j, (re)starts it first, so the next statement meets a cold JVM. */
async function connect() {
  await db?.close();
  await local?.stop();
  if (own)
    local = await startLocalNeo4j({
      port: Number(process.env.BENCH_BOLT_PORT ?? 7691),
      home: resolve(`.data/neo4j-bench-${process.env.BENCH_BOLT_PORT ?? 7691}`),
      heap: '1g',
    });
  db = new Database({
    uri: local?.uri ?? process.env.NEO4J_URI!,
    user: process.env.NEO4J_USER,
    password: process.env.NEO4J_PASSWORD,
    database: process.env.NEO4J_DATABASE || undefined,
  });
  importer = new ImportService(new ImportRepository(db));
}
await connect();
const http = createServer((_req, res) => void res.writeHead(200, { 'content-type': 'text/csv' }).end(bytes)).listen(
  0,
  '127.0.0.1',
);
await new Promise((r) => http.once('listening', r));
const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}/world-twin-cities.csv`;

async function implicit(name: string, params: Record<string, unknown> = {}) {
  const session = db.driver.session({ database: db.database });
  // A timeout over the server's 60 s default: LOAD CSV on a loaded machine can take longer.
  try {
    await session.run(cypher(name), params, { timeout: 900_000 });
  } finally {
    await session.close();
  }
}
async function empty() {
  await implicit('delete-everything');
  await applySchema(db);
}
async function timed(work: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await work();
  return (performance.now() - t) / 1000;
}

const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
const fmt = (s: number) =>
  `${s.toFixed(2).padStart(6)} s ${`(${Math.round(rows / s).toLocaleString('en')} rows/s)`.padEnd(18)}`;
const line = (label: string, first: number, runs: number[]) =>
  console.log(`${label.padEnd(34)} ${fmt(first)}  ${fmt(median(runs))} [${runs.map((r) => r.toFixed(2)).join(', ')}]`);

try {
  const load = async (name: string) => {
    await empty();
    return timed(() => implicit(name, { url }));
  };
  // First runs: each contender on a freshly started Neo4j (when the bench runs its own), with this process's
  // importer code not yet run either — what a one-off import on a freshly started server costs.
  await empty();
  const first = { empty: await timed(() => importer.run(bytes)), loaded: await timed(() => importer.run(bytes)) };
  await empty();
  await connect();
  const firstBaseline = await load('load-csv-baseline');
  await connect();
  const firstShape = await load('load-csv-same-shape');
  // Then interleaved rounds of all of them on the warm server; their medians are compared.
  const runs = { empty: [] as number[], loaded: [] as number[], baseline: [] as number[], shape: [] as number[] };
  for (let r = 0; r < rounds; r++) {
    await empty();
    runs.empty.push(await timed(() => importer.run(bytes)));
    runs.loaded.push(await timed(() => importer.run(bytes)));
    runs.baseline.push(await load('load-csv-baseline'));
    runs.shape.push(await load('load-csv-same-shape'));
  }
  await empty();
  const warm = { empty: median(runs.empty), baseline: median(runs.baseline), shape: median(runs.shape) };
  const ratio = { first: first.empty / firstShape, warm: warm.empty / warm.shape };
  const met = (ok: boolean) => (ok ? 'met' : 'missed');
  console.log(
    `World file: ${rows.toLocaleString('en')} rows, ${(bytes.length / 1e6).toFixed(1)} MB; first run${own ? ' (each on a fresh JVM)' : ''}, then the median of ${rounds} warm rounds [each]`,
  );
  line('importer, empty database', first.empty, runs.empty);
  line('importer, already loaded', first.loaded, runs.loaded);
  line('baseline: LOAD CSV, same shape', firstShape, runs.shape);
  line('old baseline: LOAD CSV + MERGE', firstBaseline, runs.baseline);
  console.log(
    `ratio importer / same-shape LOAD CSV: first run ${ratio.first.toFixed(2)}×, warm ${ratio.warm.toFixed(2)}× (goal ≤ 1.5× both: ${met(ratio.first <= 1.5 && ratio.warm <= 1.5)})`,
  );
  console.log(
    `whole file under 15 s:                first run ${first.empty.toFixed(1)} s, warm ${warm.empty.toFixed(1)} s (${met(Math.max(first.empty, warm.empty) < 15)})`,
  );
  console.log(
    `ratio importer / old bare baseline:   first run ${(first.empty / firstBaseline).toFixed(2)}×, warm ${(warm.empty / warm.baseline).toFixed(2)}× (a smaller graph: for comparison with earlier runs)`,
  );
  console.log(
    `ratio same-shape / old bare baseline: warm ${(warm.shape / warm.baseline).toFixed(2)}× (the price of the richer graph itself)`,
  );
} finally {
  http.close();
  await db!.close();
  await local?.stop();
}
