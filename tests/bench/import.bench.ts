// `npm run bench:import`: the whole world file through the importer (validation, entity resolution, one
// atomic transaction) into an empty database and into an already-loaded one, next to the baseline measured in
// the same run: Neo4j's own LOAD CSV of the same file with a plain MERGE script, served from 127.0.0.1 over HTTP.
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
let local: LocalNeo4j | undefined;
let uri = process.env.NEO4J_URI;
if (!uri) {
  local = await startLocalNeo4j({ port: Number(process.env.BENCH_BOLT_PORT ?? 7691), home: resolve('.data/neo4j-bench'), heap: '1g' });
  uri = local.uri;
}
const db = new Database({ uri, user: process.env.NEO4J_USER, password: process.env.NEO4J_PASSWORD, database: process.env.NEO4J_DATABASE || undefined });
const http = createServer((_req, res) => void res.writeHead(200, { 'content-type': 'text/csv' }).end(bytes)).listen(0, '127.0.0.1');
await new Promise((r) => http.once('listening', r));
const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}/world-twin-cities.csv`;

async function implicit(name: string, params: Record<string, unknown> = {}) {
  const session = db.driver.session({ database: db.database });
  try { await session.run(cypher(name), params); } finally { await session.close(); }
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
const fmt = (s: number) => `${s.toFixed(2)} s (${Math.round(rows / s).toLocaleString('en')} rows/s)`;

try {
  const importer = new ImportService(new ImportRepository(db));
  // A warm-up on the empty graph (JIT and query plans on both sides), then the measured runs.
  await empty();
  await importer.run(bytes, { dryRun: true });
  const intoEmpty = await timed(() => importer.run(bytes));
  const intoLoaded = await timed(() => importer.run(bytes));
  await empty();
  const baseline = await timed(() => implicit('load-csv-baseline', { url }));
  await empty();
  console.log(`World file: ${rows.toLocaleString('en')} rows, ${(bytes.length / 1e6).toFixed(1)} MB`);
  console.log(`importer, empty database:    ${fmt(intoEmpty)}`);
  console.log(`importer, already loaded:    ${fmt(intoLoaded)}`);
  console.log(`baseline LOAD CSV + MERGE:   ${fmt(baseline)}`);
  console.log(`ratio importer / baseline:   ${(intoEmpty / baseline).toFixed(2)}× (goal ≤ 1.5×; goal < 15 s: ${intoEmpty < 15 ? 'met' : 'missed'})`);
} finally {
  http.close();
  await db.close();
  await local?.stop();
}
