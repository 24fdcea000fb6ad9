// A database for benchmarks: NEO4J_URI when set, else a fresh local Neo4j on BENCH_BOLT_PORT (7695),
// with the schema and curated seed loaded. Returns a stop function that leaves nothing running, and the JVM's pid
// when it is the bench's own (the soak samples its memory).
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { startLocalNeo4j } from '../../neo4j/local-neo4j.ts';
import { applySchema } from '../../server/db/apply-schema.ts';
import { Database } from '../../server/db/database.ts';
import { loadSeed } from '../../server/seed/load-seed.ts';
import { readSeed } from '../../server/seed/read-seed.ts';

export async function benchDatabase(): Promise<{ db: Database; stop: () => Promise<void>; pid?: number }> {
  let uri = process.env.NEO4J_URI;
  let stopLocal = async () => {};
  let pid: number | undefined;
  if (!uri) {
    const port = Number(process.env.BENCH_BOLT_PORT ?? 7695);
    const home = resolve(`.data/neo4j-bench-${port}`); // per port: benches may run side by side
    rmSync(home, { recursive: true, force: true });
    const local = await startLocalNeo4j({ port, home, heap: '1g' });
    uri = local.uri;
    pid = local.process.pid;
    stopLocal = () => local.stop();
  }
  const db = new Database({
    uri,
    user: process.env.NEO4J_USER,
    password: process.env.NEO4J_PASSWORD,
    database: process.env.NEO4J_DATABASE || undefined,
  });
  await applySchema(db);
  await loadSeed(db, readSeed());
  return {
    db,
    pid,
    stop: async () => {
      await db.close();
      await stopLocal();
    },
  };
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
