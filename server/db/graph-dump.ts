// A logical dump of a whole graph as a stream of typed records — every node (labels, properties) and every
// relationship (type, ends, properties) — with each property value's Neo4j type kept exactly (integers apart from
// floats, points, temporal values), and a loader that writes such a stream into a database in one transaction.
// Backup/restore (server/ops) and the console's sandbox copy (copyGraph) are built on it. The records are plain
// JSON-able objects, so a file of them is one JSON line per record.
import neo4j, { type Transaction } from 'neo4j-driver';
import { applySchema } from './apply-schema.ts';
import { cypher } from './cypher-files.ts';
import type { Database } from './database.ts';

/**
 * A property value with its Neo4j type: a JSON string, boolean or finite number (a FLOAT), a list of values, or a
 * tagged object for what JSON cannot tell apart — `{ $: 'int', v: '42' }` (64-bit exact), a non-finite float,
 * a point, or a temporal value with its fields (integers as decimal strings).
 */
export type DumpValue =
  | string
  | boolean
  | number
  | DumpValue[]
  | { $: 'int'; v: string }
  | { $: 'float'; v: 'NaN' | 'Infinity' | '-Infinity' }
  | { $: 'point'; srid: number; x: number; y: number; z?: number }
  | { $: 'date' | 'time' | 'localtime' | 'datetime' | 'localdatetime' | 'duration'; f: Record<string, string | null> };

export type DumpProps = Record<string, DumpValue>;
/** `id` is the node's id within this dump only (its elementId when dumped); relationships refer to it. */
export interface NodeRecord {
  kind: 'node';
  id: string;
  labels: string[];
  props: DumpProps;
}
export interface RelationshipRecord {
  kind: 'relationship';
  type: string;
  start: string;
  end: string;
  props: DumpProps;
}
export type GraphRecord = NodeRecord | RelationshipRecord;

export interface DumpOptions {
  /** The read transaction's timeout (default 10 minutes). */
  timeoutMs?: number;
}

/**
 * Every node, then every relationship, read in ONE read transaction and streamed with the driver's back-pressure
 * (records are pulled in batches as the consumer takes them: the graph is never held in memory). Stopping the
 * iteration early closes the transaction. Integers are read exactly (the BigInt driver).
 */
export function dumpGraph(db: Database, opts: DumpOptions = {}): AsyncGenerator<GraphRecord> {
  return db.streamTransaction(
    async function* (tx) {
      for await (const r of tx.run(cypher('dump-nodes'))) {
        yield {
          kind: 'node',
          id: r.get('id') as string,
          labels: r.get('labels') as string[],
          props: encodeProps(r.get('props')),
        };
      }
      for await (const r of tx.run(cypher('dump-relationships'))) {
        yield {
          kind: 'relationship',
          type: r.get('type') as string,
          start: r.get('start') as string,
          end: r.get('end') as string,
          props: encodeProps(r.get('props')),
        };
      }
    },
    { exact: true, timeoutMs: opts.timeoutMs ?? 600_000 },
  );
}

export interface LoadOptions {
  /** Delete the target's whole graph first, in the same transaction (a sandbox copy); else it is added to. */
  replace?: boolean;
  /** Refuse (GraphNotEmptyError) unless the target holds no node — checked inside the load's transaction. */
  requireEmpty?: boolean;
  /** Records per UNWIND statement (default 2,000). */
  batchSize?: number;
  /**
   * Commit every batch in a transaction of its own (the replace and the marks' removal too) instead of ONE
   * transaction: not atomic — readers see a partial graph meanwhile and a failure leaves one — but each transaction
   * stays small. For a disposable copy whose readers wait while it is refreshed: the console sandbox, whose
   * per-transaction memory limit (neo4j/console-sandbox.conf) the world graph in one transaction exceeds.
   */
  inBatches?: boolean;
  timeoutMs?: number;
}

export interface LoadReport {
  nodes: number;
  relationships: number;
}

export class GraphNotEmptyError extends Error {
  constructor(readonly nodes: number) {
    super(`the target database is not empty (${nodes} nodes): restore only into an empty database`);
  }
}

/**
 * Writes a dump's records into `db` in ONE write transaction (all or nothing: a failure — a bad record, a
 * relationship whose end is not in the dump, a broken stream — leaves the target as it was), in UNWIND batches.
 * Nodes are created with a temporary :_DumpLoad label and _dumpId property (indexed, in a schema transaction of
 * its own) to join relationships' ends; the marks are removed before the commit and the index dropped after.
 * Nodes must come before the relationships that use them, as dumpGraph yields them.
 */
export async function loadGraph(
  db: Database,
  records: AsyncIterable<GraphRecord>,
  opts: LoadOptions = {},
): Promise<LoadReport> {
  const batchSize = opts.batchSize ?? 2_000;
  let tx: Transaction | undefined;
  return db.withSession(
    async (session) => {
      try {
        await session.run(cypher('create-dump-load-index'));
        await session.run('CALL db.awaitIndexes(60)');
        if (opts.inBatches && opts.replace) {
          // Relationships first, then the nodes: a batch of nodes deleted with their relationships held the hubs'
          // thousands at once, past the sandbox's per-transaction memory limit.
          await session.run(cypher('delete-relationships-in-batches'));
          await session.run(cypher('delete-graph-in-batches'));
        }
        tx = await session.beginTransaction({ timeout: opts.timeoutMs ?? 600_000 });
        const count = async (name: string, params: Record<string, unknown> = {}) => {
          const n = Number((await tx!.run(cypher(name), params)).records[0]?.get('count') ?? 0);
          if (opts.inBatches) {
            await tx!.commit();
            tx = await session.beginTransaction({ timeout: opts.timeoutMs ?? 600_000 });
          }
          return n;
        };
        if (opts.requireEmpty) {
          const [row] = (await tx.run(cypher('count-graph'))).records;
          const nodes = Number(row?.get('nodes') ?? 0);
          if (nodes > 0) throw new GraphNotEmptyError(nodes);
        }
        if (opts.replace && !opts.inBatches) await count('delete-graph');
        const report: LoadReport = { nodes: 0, relationships: 0 };
        let nodes: unknown[] = [];
        let rels: unknown[] = [];
        const flushNodes = async () => {
          if (nodes.length) report.nodes += await count('load-dump-nodes', { rows: nodes });
          nodes = [];
        };
        const flushRels = async () => {
          if (!rels.length) return;
          const created = await count('load-dump-relationships', { rows: rels });
          if (created !== rels.length)
            throw new Error(
              `the dump is broken: ${rels.length - created} of a batch of ${rels.length} relationships name a node it does not hold`,
            );
          report.relationships += created;
          rels = [];
        };
        for await (const rec of records) {
          if (rec.kind === 'node') {
            if (rels.length) throw new Error('the dump is broken: a node after relationships');
            nodes.push({ id: rec.id, labels: rec.labels, props: decodeProps(rec.props) });
            if (nodes.length >= batchSize) await flushNodes();
          } else {
            await flushNodes();
            rels.push({ type: rec.type, start: rec.start, end: rec.end, props: decodeProps(rec.props) });
            if (rels.length >= batchSize) await flushRels();
          }
        }
        await flushNodes();
        await flushRels();
        if (opts.inBatches) {
          await tx.commit();
          await session.run(cypher('remove-dump-load-marks-in-batches'));
        } else {
          await count('remove-dump-load-marks');
          await tx.commit();
        }
        return report;
      } finally {
        if (tx?.isOpen()) await tx.rollback().catch(() => {});
        await session.run(cypher('drop-dump-load-index')).catch(() => {});
      }
    },
    { mode: 'WRITE' },
  );
}

/**
 * Makes `target`'s graph a copy of `source`'s: the schema applied, then the old graph replaced by the dump in one
 * transaction (readers of the target see the old graph or the new, never a mix). For a sandbox kept in sync.
 */
export async function copyGraph(
  source: Database,
  target: Database,
  opts: Pick<LoadOptions, 'batchSize' | 'timeoutMs'> = {},
): Promise<LoadReport> {
  await applySchema(target);
  return loadGraph(target, dumpGraph(source, { timeoutMs: opts.timeoutMs }), { ...opts, replace: true });
}

// ---- values: the driver's types ⇄ JSON ----

function encodeProps(props: Record<string, unknown>): DumpProps {
  const out: DumpProps = {};
  for (const [k, v] of Object.entries(props)) out[k] = encodeValue(v);
  return out;
}

const temporalKinds: [new (...a: never[]) => object, Extract<DumpValue, { f: unknown }>['$'], string[]][] = [
  [neo4j.types.Date, 'date', ['year', 'month', 'day']],
  [neo4j.types.Time, 'time', ['hour', 'minute', 'second', 'nanosecond', 'timeZoneOffsetSeconds']],
  [neo4j.types.LocalTime, 'localtime', ['hour', 'minute', 'second', 'nanosecond']],
  [
    neo4j.types.DateTime,
    'datetime',
    ['year', 'month', 'day', 'hour', 'minute', 'second', 'nanosecond', 'timeZoneOffsetSeconds', 'timeZoneId'],
  ],
  [neo4j.types.LocalDateTime, 'localdatetime', ['year', 'month', 'day', 'hour', 'minute', 'second', 'nanosecond']],
  [neo4j.types.Duration, 'duration', ['months', 'days', 'seconds', 'nanoseconds']],
];

/** One value as read by the BigInt driver (integers are bigint, floats number) → its typed JSON form. */
export function encodeValue(v: unknown): DumpValue {
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'bigint') return { $: 'int', v: v.toString() };
  if (neo4j.isInt(v)) return { $: 'int', v: v.toString() };
  if (typeof v === 'number')
    return Number.isFinite(v) ? v : { $: 'float', v: String(v) as 'NaN' | 'Infinity' | '-Infinity' };
  if (Array.isArray(v)) return v.map(encodeValue);
  if (v instanceof neo4j.types.Point) {
    const p = { $: 'point' as const, srid: Number(v.srid), x: v.x, y: v.y };
    return v.z === undefined ? p : { ...p, z: v.z };
  }
  for (const [type, tag, fields] of temporalKinds) {
    if (v instanceof type) {
      const f: Record<string, string | null> = {};
      for (const name of fields) {
        const x = (v as Record<string, unknown>)[name];
        f[name] = x === undefined || x === null ? null : String(x);
      }
      return { $: tag, f };
    }
  }
  throw new Error(`a property value of an unexpected type: ${Object.prototype.toString.call(v)}`);
}

function decodeProps(props: DumpProps): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(props)) out[k] = decodeValue(v);
  return out;
}

/** The typed JSON form → a driver value that the server stores with the same Neo4j type. */
export function decodeValue(v: DumpValue): unknown {
  if (typeof v === 'string' || typeof v === 'boolean' || typeof v === 'number') return v; // a JS number is sent as FLOAT
  if (Array.isArray(v)) return v.map(decodeValue);
  const int = (s: string | null | undefined) => (s === null || s === undefined ? undefined : neo4j.int(s));
  switch (v.$) {
    case 'int':
      return neo4j.int(v.v);
    case 'float':
      return Number(v.v);
    case 'point':
      return v.z === undefined
        ? new neo4j.types.Point(neo4j.int(v.srid), v.x, v.y)
        : new neo4j.types.Point(neo4j.int(v.srid), v.x, v.y, v.z);
    case 'date':
      return new neo4j.types.Date(int(v.f.year)!, int(v.f.month)!, int(v.f.day)!);
    case 'time':
      return new neo4j.types.Time(
        int(v.f.hour)!,
        int(v.f.minute)!,
        int(v.f.second)!,
        int(v.f.nanosecond)!,
        int(v.f.timeZoneOffsetSeconds)!,
      );
    case 'localtime':
      return new neo4j.types.LocalTime(int(v.f.hour)!, int(v.f.minute)!, int(v.f.second)!, int(v.f.nanosecond)!);
    case 'datetime':
      return new neo4j.types.DateTime(
        int(v.f.year)!,
        int(v.f.month)!,
        int(v.f.day)!,
        int(v.f.hour)!,
        int(v.f.minute)!,
        int(v.f.second)!,
        int(v.f.nanosecond)!,
        int(v.f.timeZoneOffsetSeconds),
        v.f.timeZoneId ?? undefined,
      );
    case 'localdatetime':
      return new neo4j.types.LocalDateTime(
        int(v.f.year)!,
        int(v.f.month)!,
        int(v.f.day)!,
        int(v.f.hour)!,
        int(v.f.minute)!,
        int(v.f.second)!,
        int(v.f.nanosecond)!,
      );
    case 'duration':
      return new neo4j.types.Duration(int(v.f.months)!, int(v.f.days)!, int(v.f.seconds)!, int(v.f.nanoseconds)!);
    default:
      throw new Error(`the dump is broken: a value tagged ${JSON.stringify((v as { $: unknown }).$)}`);
  }
}
