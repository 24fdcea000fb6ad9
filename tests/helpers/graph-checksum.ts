// The whole graph as counts and one sha256 over a canonical line per node and relationship — labels or type,
// ends by id, every property with its value type (cypher/get-graph-checksum.cypher) — so a test can prove that a
// refused query, or a failed or repeated import, left the graph exactly as it was.
import { createHash } from 'node:crypto';
import { applySchema } from '../../server/db/apply-schema.ts';
import { cypher } from '../../server/db/cypher-files.ts';
import type { Database } from '../../server/db/database.ts';
import { loadSeed } from '../../server/seed/load-seed.ts';
import { readSeed } from '../../server/seed/read-seed.ts';

export interface GraphChecksum {
  nodes: number;
  relationships: number;
  sha256: string;
}

export async function graphChecksum(db: Database): Promise<GraphChecksum> {
  const [row] = await db.read<{ nodes: number; relationships: number; entries: string[] }>(
    'get-graph-checksum',
    {},
    120_000,
  );
  return {
    nodes: row!.nodes,
    relationships: row!.relationships,
    sha256: createHash('sha256').update(row!.entries.join('\n')).digest('hex'),
  };
}

export interface GraphFingerprint {
  nodes: number;
  relationships: number;
  checksum: string;
}

/** The same checksum in the shape the console's read-only tests compare. */
export async function graphFingerprint(db: Database): Promise<GraphFingerprint> {
  const { nodes, relationships, sha256 } = await graphChecksum(db);
  return { nodes, relationships, checksum: sha256 };
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
