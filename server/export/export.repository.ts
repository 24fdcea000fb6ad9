// Streams an export out of Neo4j row by row (the driver pulls records in batches as they are consumed), so a
// large export is never held in memory: first the attribution, then the cities, then the ties.
import { int } from 'neo4j-driver';
import { cypher } from '../db/cypher-files.ts';
import type { Database } from '../db/database.ts';
import { filterParams } from '../graph/graph.repository.ts';
import type { GraphLink, GraphNode, GraphQuery } from '../../core/schemas/graph.schema.ts';

export interface ExportSource {
  id: string;
  url: string | null;
  title: string | null;
  publisher: string;
  date: string | null;
  licence: string | null;
}

/** A city as exported: the graph's node plus the sources its coordinates come from (empty when unknown). */
export type ExportNode = GraphNode & { coordinatesSources: string[] };

export interface ExportSink {
  begin(sources: ExportSource[]): Promise<void>;
  node(node: ExportNode): Promise<void>;
  link(link: GraphLink): Promise<void>;
  end(truncated: boolean): Promise<void>;
}

export class ExportRepository {
  constructor(private readonly db: Database) {}

  /** `signal`: the reader went away — the transaction is rolled back at once (even while Neo4j is still
   *  producing rows) and the session closed; the call then rejects with the signal's reason. */
  async stream(q: GraphQuery, ids: string[] | null, sink: ExportSink, signal?: AbortSignal): Promise<void> {
    const params = { ...filterParams(q), ids };
    await this.db.inTransaction(
      async (tx) => {
        const sources = (await tx.run(cypher('list-export-sources'), params)).records.map(
          (r) => r.get('source') as ExportSource,
        );
        await sink.begin(sources);
        for await (const r of tx.run(cypher('stream-export-nodes'), params))
          await sink.node(r.toObject() as ExportNode);
        let count = 0;
        let truncated = false;
        for await (const r of tx.run(cypher('stream-export-links'), { ...params, limit: int(q.limit) })) {
          if (++count > q.limit) {
            truncated = true;
            break;
          }
          await sink.link(r.toObject() as GraphLink);
        }
        await sink.end(truncated);
      },
      { fetchSize: 2000, timeoutMs: 120_000, signal },
    );
  }
}
