// The whole graph as counts and one sha256 over every node and relationship with its properties, so a test
// can prove that a failed or repeated import left the graph exactly as it was.
import { createHash } from 'node:crypto';
import type { Database } from '../../server/db/database.ts';
import { applySchema } from '../../server/db/apply-schema.ts';
import { cypher } from '../../server/db/cypher-files.ts';
import { loadSeed } from '../../seed/load-seed.ts';
import { readSeed } from '../../seed/read-seed.ts';

export interface GraphChecksum { nodes: number; relationships: number; sha256: string }

function stable(value: unknown): string {
  return JSON.stringify(value, (_k, v) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v));
}

export async function graphChecksum(db: Database): Promise<GraphChecksum> {
  const rows = await db.read<{ what: string; labels: string[]; start: string; end: string | null; props: object }>('list-graph-contents', {}, 120_000);
  const lines = rows.map(stable).sort();
  const hash = createHash('sha256');
  for (const l of lines) hash.update(l).update('\n');
  return { nodes: rows.filter((r) => r.what === 'node').length, relationships: rows.filter((r) => r.what === 'rel').length, sha256: hash.digest('hex') };
}

/** Back to the curated graph only (what the global setup loads), for test files that imported more. */
export async function restoreCuratedGraph(db: Database): Promise<void> {
  const session = db.driver.session({ database: db.database });
  try {
    await session.run(cypher('delete-everything'));
  } finally {
    await session.close();
  }
  await applySchema(db);
  await loadSeed(db, readSeed());
}
