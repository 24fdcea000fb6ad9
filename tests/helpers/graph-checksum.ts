// A fingerprint of the whole graph — counts and a SHA-256 over one canonical line per node and relationship
// (cypher/get-graph-checksum.cypher) — to prove that refused queries changed nothing.
import { createHash } from 'node:crypto';
import type { Database } from '../../server/db/database.ts';

export interface GraphFingerprint {
  nodes: number;
  relationships: number;
  checksum: string;
}

export async function graphFingerprint(db: Database): Promise<GraphFingerprint> {
  const [row] = await db.read<{ nodes: number; relationships: number; entries: string[] }>('get-graph-checksum');
  return { nodes: row!.nodes, relationships: row!.relationships, checksum: createHash('sha256').update(row!.entries.join('\n')).digest('hex') };
}
