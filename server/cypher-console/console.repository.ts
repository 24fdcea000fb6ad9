// Runs console queries on an exact-integer driver INSIDE the console's worker thread (console-worker.ts): EXPLAIN
// for the guard, then the query in a READ transaction with a timeout, pulling records only up to the row cap and
// the result-size cap; the answer leaves as the console's JSON text, so the main thread never decodes or
// serialises a console value (a 15 MB answer took Node's main thread 4 s).
import neo4j, { Neo4jError, type Driver, type ManagedTransaction, type Node, type Transaction } from 'neo4j-driver';
import { cypher } from '../db/cypher-files.ts';
import { AppError } from '../errors/errors.ts';
import type { CypherSchemaInfo } from '../../core/schemas/cypher-console.schema.ts';
import { PlanningError } from './console-errors.ts';
import { GraphCollector } from './graph-collector.ts';
import type { PlanNode } from './plan-rules.ts';
import type { Explanation } from './read-only-guard.ts';
import { nodeToJson, toDriverParams, toJsonValue } from './value-serialiser.ts';

export interface RunLimits {
  timeoutMs: number;
  maxRows: number;
  /** Characters of row JSON kept at most; beyond it the answer is truncated (or refused when one row is larger). */
  maxResultChars: number;
}

export interface RunRequest extends RunLimits {
  query: string;
  params: Record<string, unknown>;
  /** Marks the transaction (its metadata) so the main thread can find and terminate it at the deadline. */
  tag: string;
  /** When the HTTP request began (epoch ms), for the summary's wall-clock time. */
  startedAt: number;
}

export class ConsoleRepository {
  constructor(
    private readonly driver: Driver,
    private readonly database: string | undefined,
  ) {}

  private session(fetchSize?: number) {
    return this.driver.session({
      database: this.database,
      defaultAccessMode: neo4j.session.READ,
      ...(fetchSize ? { fetchSize } : {}),
    });
  }

  /** Neo4j's plan of the exact text; EXPLAIN plans without running anything. */
  async explain(query: string, timeoutMs: number): Promise<Explanation> {
    const session = this.session();
    const prefix = 'EXPLAIN ';
    try {
      const result = await session.run(prefix + query, {}, { timeout: timeoutMs });
      return {
        queryType: result.summary.queryType,
        plan: result.summary.plan ? plainPlan(result.summary.plan) : false,
      };
    } catch (err) {
      throw err instanceof Neo4jError ? new PlanningError(err, prefix.length) : err;
    } finally {
      await session.close().catch(() => {});
    }
  }

  /**
   * The query in a READ transaction (the database itself refuses writes in it), as the console's JSON text. An
   * explicit transaction, not executeRead: a user's failing or timed-out query must never be retried
   * automatically. Always rolled back.
   */
  async run({ query, params, timeoutMs, maxRows, maxResultChars, tag, startedAt }: RunRequest): Promise<string> {
    const session = this.session(Math.min(maxRows + 1, 1_000));
    let tx: Transaction | undefined;
    try {
      tx = await session.beginTransaction({ timeout: timeoutMs, metadata: { pobratimConsole: tag } });
      const result = tx.run(query, toDriverParams(params) as Record<string, unknown>);
      const graph = new GraphCollector();
      const rows: string[] = [];
      let chars = 0;
      let truncatedBy: 'rows' | 'bytes' | undefined;
      for await (const record of result) {
        if (rows.length === maxRows) {
          truncatedBy = 'rows';
          break; // leaving the iterator discards the rest on the server: no more records are pulled
        }
        const row = record.keys.map((k) => toJsonValue(record.get(k)));
        const text = JSON.stringify(row);
        if (chars + text.length > maxResultChars) {
          if (rows.length === 0) {
            throw new AppError(
              'result_too_large',
              `One row of the answer is ${text.length.toLocaleString('en')} characters of JSON; the console sends at most ${maxResultChars.toLocaleString('en')}: return less (a size(), a slice [0..100], a LIMIT)`,
              { maxResultChars },
            );
          }
          truncatedBy = 'bytes';
          break;
        }
        chars += text.length;
        row.forEach((v) => graph.add(v));
        rows.push(text);
      }
      const columns = (await result.keys()) as string[];
      const missing = graph.missingEnds();
      if (missing.length) {
        const ends = await tx.run(cypher('get-nodes-by-element-ids'), { ids: missing });
        for (const r of ends.records) graph.add(nodeToJson(r.get('node') as Node));
      }
      const ms = Date.now() - startedAt;
      const summary = {
        queryType: 'r',
        ms,
        rows: rows.length,
        truncated: truncatedBy !== undefined,
        ...(truncatedBy ? { truncatedBy } : {}),
      };
      // Rows are already JSON: joined, not parsed and serialised again.
      return `{"columns":${JSON.stringify(columns)},"rows":[${rows.join(',')}],"graph":${JSON.stringify(graph.graph())},"summary":${JSON.stringify(summary)}}`;
    } finally {
      await tx?.rollback().catch(() => {});
      await session.close().catch(() => {});
    }
  }

  async schema(): Promise<CypherSchemaInfo> {
    const session = this.session();
    try {
      const row = await session.executeRead((tx: ManagedTransaction) => tx.run(cypher('get-console-schema')), {
        timeout: 30_000,
      });
      return toJsonValue(row.records[0]!.toObject()) as CypherSchemaInfo;
    } finally {
      await session.close().catch(() => {});
    }
  }
}

/** The part of the driver's plan the rules read, as plain data that can cross to the main thread. */
function plainPlan(plan: { operatorType: string; arguments: Record<string, unknown>; children: unknown[] }): PlanNode {
  const args = Object.fromEntries(Object.entries(plan.arguments).filter(([, v]) => typeof v === 'string'));
  return {
    operatorType: plan.operatorType,
    arguments: args,
    children: plan.children.map((c) => plainPlan(c as typeof plan)),
  };
}
