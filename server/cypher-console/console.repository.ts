// Runs console queries on the exact-integer driver: EXPLAIN for the guard, then the query itself in a READ
// transaction with a timeout, pulling records only up to the row cap; values leave as the console's JSON.
import neo4j, { Neo4jError, type ManagedTransaction, type Node, type Transaction } from 'neo4j-driver';
import { cypher } from '../db/cypher-files.ts';
import type { Database } from '../db/database.ts';
import type { CypherSchemaInfo } from '../schemas/cypher-console.schema.ts';
import { PlanningError } from './console-errors.ts';
import { GraphCollector } from './graph-collector.ts';
import type { Explanation } from './read-only-guard.ts';
import { nodeToJson, toDriverParams, toJsonValue } from './value-serialiser.ts';

export interface RunLimits {
  timeoutMs: number;
  maxRows: number;
}

export interface RawResult {
  columns: string[];
  rows: unknown[][];
  graph: ReturnType<GraphCollector['graph']>;
  truncated: boolean;
}

export class ConsoleRepository {
  constructor(private readonly db: Database) {}

  private session(fetchSize?: number) {
    return this.db.exactIntegerDriver.session({ database: this.db.database, defaultAccessMode: neo4j.session.READ, ...(fetchSize ? { fetchSize } : {}) });
  }

  /** Neo4j's plan of the exact text; EXPLAIN plans without running anything. */
  async explain(query: string, timeoutMs: number): Promise<Explanation> {
    const session = this.session();
    const prefix = 'EXPLAIN ';
    try {
      const result = await session.run(prefix + query, {}, { timeout: timeoutMs });
      return { queryType: result.summary.queryType, plan: result.summary.plan };
    } catch (err) {
      throw err instanceof Neo4jError ? new PlanningError(err, prefix.length) : err;
    } finally {
      await session.close().catch(() => {});
    }
  }

  /**
   * The query in a READ transaction (the database itself refuses writes in it). An explicit transaction, not
   * executeRead: a user's failing or timed-out query must never be retried automatically. Always rolled back.
   */
  async run(query: string, params: Record<string, unknown>, { timeoutMs, maxRows }: RunLimits): Promise<RawResult> {
    const session = this.session(Math.min(maxRows + 1, 1_000));
    let tx: Transaction | undefined;
    try {
      tx = await session.beginTransaction({ timeout: timeoutMs });
      const result = tx.run(query, toDriverParams(params) as Record<string, unknown>);
      const graph = new GraphCollector();
      const rows: unknown[][] = [];
      let truncated = false;
      for await (const record of result) {
        if (rows.length === maxRows) {
          truncated = true;
          break; // leaving the iterator discards the rest on the server: no more records are pulled
        }
        const row = record.keys.map((k) => toJsonValue(record.get(k)));
        row.forEach((v) => graph.add(v));
        rows.push(row);
      }
      const columns = (await result.keys()) as string[];
      const missing = graph.missingEnds();
      if (missing.length) {
        const ends = await tx.run(cypher('get-nodes-by-element-ids'), { ids: missing });
        for (const r of ends.records) graph.add(nodeToJson(r.get('node') as Node));
      }
      return { columns, rows, graph: graph.graph(), truncated };
    } finally {
      await tx?.rollback().catch(() => {});
      await session.close().catch(() => {});
    }
  }

  async schema(): Promise<CypherSchemaInfo> {
    const session = this.session();
    try {
      const row = await session.executeRead((tx: ManagedTransaction) => tx.run(cypher('get-console-schema')), { timeout: 30_000 });
      return toJsonValue(row.records[0]!.toObject()) as CypherSchemaInfo;
    } finally {
      await session.close().catch(() => {});
    }
  }
}
