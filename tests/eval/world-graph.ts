// The world graph for the suggestion evaluation and benchmark: a fresh local Neo4j on BENCH_BOLT_PORT (or
// NEO4J_URI) with the curated seed and the world file imported exactly as the server does it (loadWorld →
// ImportService), read back through GraphService — the same selection GET /api/graph serves.
import pino from 'pino';
import type { Database } from '../../server/db/database.ts';
import { GraphRepository } from '../../server/graph/graph.repository.ts';
import { GraphService } from '../../server/graph/graph.service.ts';
import { loadWorld } from '../../server/import/load-world.ts';
import { SourceRepository } from '../../server/sources/source.repository.ts';
import type { Graph } from '../../core/schemas/graph.schema.ts';
import { GraphQuerySchema } from '../../core/schemas/graph.schema.ts';
import { benchDatabase } from '../bench/bench-database.ts';

export async function worldDatabase(): Promise<{ db: Database; stop: () => Promise<void> }> {
  const { db, stop } = await benchDatabase();
  await loadWorld(db, pino({ level: 'silent' }));
  return { db, stop };
}

export async function worldSelection(db: Database): Promise<Graph> {
  const graph = new GraphService(new GraphRepository(db), new SourceRepository(db));
  return graph.get(GraphQuerySchema.parse({ limit: 50000 }));
}
