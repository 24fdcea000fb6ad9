// The logical graph dump (server/db/graph-dump.ts) on the real Neo4j: the curated graph plus a probe holding every
// Neo4j property type is copied into a second local Neo4j (port NEO4J_RESTORE_BOLT_PORT) and comes out with the same
// checksum and the same value types; a copy replaces what the target held; a broken dump leaves the target as it was.
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalNeo4j, type LocalNeo4j } from '../../neo4j/local-neo4j.ts';
import { Database } from '../../server/db/database.ts';
import { copyGraph, dumpGraph, loadGraph, GraphNotEmptyError, type GraphRecord } from '../../server/db/graph-dump.ts';
import { graphChecksum } from '../helpers/graph-checksum.ts';
import { testDatabase } from '../helpers/test-app.ts';

const port = Number(process.env.NEO4J_RESTORE_BOLT_PORT ?? 7696);
const home = resolve('.data/neo4j-restore-test');
let target: LocalNeo4j | undefined;
let source: Database;
let copy: Database;

const probe = `
  MATCH (c:City {id: 'ru-kaluga'})
  CREATE (p:DumpProbe:Extra {id: 'dump-probe', i: 42, big: 9223372036854775807, neg: -9223372036854775807 - 1, f: 1.0, nan: 0.0 / 0.0,
    inf: 1.0 / 0.0, s: 'Калуга "q" \\n', b: false, li: [1, 2, 3], lf: [1.5, 2.0], ls: ['a', 'б'], lb: [true], empty: [],
    p2: point({x: 1.5, y: -2}), p3: point({x: 1, y: 2, z: 3}), geo: point({latitude: 54.5, longitude: 36.25}),
    geo3: point({latitude: 54.5, longitude: 36.25, height: 100}),
    d: date('2020-02-29'), t: time('12:34:56.789+02:00'), lt: localtime('23:59:59.123456789'),
    dt: datetime('2020-01-01T10:00:00[Europe/Moscow]'), dto: datetime('1999-12-31T23:59:59.5-05:30'),
    ldt: localdatetime('2001-02-03T04:05:06'), dur: duration('P1Y2M3DT4H5M6.000000007S'),
    ld: [date('2020-01-01'), date('2021-01-01')], lp: [point({x: 1, y: 2})]})
  CREATE (p)-[:PROBES {since: date('2024-05-06'), weight: 0.5, n: 7}]->(c)
  CREATE (p)-[:PROBES]->(p)
  CREATE ({id: 'dump-unlabelled', n: 1})`;

beforeAll(async () => {
  source = testDatabase();
  await source.driver.executeQuery(probe, {}, { database: source.database });
  rmSync(home, { recursive: true, force: true });
  target = await startLocalNeo4j({ port, home, heap: '512m' });
  copy = new Database({ uri: target.uri });
}, 240_000);

afterAll(async () => {
  await source?.driver.executeQuery(
    "MATCH (n) WHERE n:DumpProbe OR n.id = 'dump-unlabelled' DETACH DELETE n",
    {},
    { database: source.database },
  );
  await source?.close();
  await copy?.close();
  await target?.stop();
});

const types = `MATCH (p:DumpProbe) UNWIND keys(p) AS k WITH k, p[k] AS v
  RETURN k, valueType(v) AS type, CASE WHEN v IS :: LIST<ANY> THEN [x IN v | toString(x)] ELSE [toString(v)] END AS text ORDER BY k`;

async function rows(db: Database, query: string) {
  const { records } = await db.driver.executeQuery(query, {}, { database: db.database });
  return records.map((r) => r.toObject());
}

describe('graph dump', () => {
  it('copies the whole graph into another database with every value type kept', async () => {
    const report = await copyGraph(source, copy);
    const [from, to] = await Promise.all([graphChecksum(source), graphChecksum(copy)]);
    expect(to).toEqual(from);
    expect(report).toEqual({ nodes: from.nodes, relationships: from.relationships });
    expect(await rows(copy, types)).toEqual(await rows(source, types));
    expect((await rows(copy, types)).find((r) => r.k === 'big')).toEqual({
      k: 'big',
      type: 'INTEGER NOT NULL',
      text: ['9223372036854775807'],
    });
    // the loader's temporary label, property and index are gone
    expect(await rows(copy, 'MATCH (n) WHERE n:_DumpLoad OR n._dumpId IS NOT NULL RETURN count(n) AS n')).toEqual([
      { n: 0 },
    ]);
    expect(await rows(copy, "SHOW INDEXES YIELD name WHERE name = 'pobratim_dump_load' RETURN name")).toEqual([]);
  }, 180_000);

  it('replaces what the target held, and a second copy changes nothing', async () => {
    await copy.driver.executeQuery("CREATE (:Stale {id: 'stale'})", {}, { database: copy.database });
    await copyGraph(source, copy);
    expect(await graphChecksum(copy)).toEqual(await graphChecksum(source));
  }, 180_000);

  it("in batches (the console sandbox's copy): each batch its own transaction, the same graph in the end, no marks left", async () => {
    await copy.driver.executeQuery("CREATE (:Stale {id: 'stale'})", {}, { database: copy.database });
    const report = await loadGraph(copy, dumpGraph(source), { replace: true, inBatches: true, batchSize: 7 });
    const from = await graphChecksum(source);
    expect(await graphChecksum(copy)).toEqual(from);
    expect(report).toEqual({ nodes: from.nodes, relationships: from.relationships });
    expect(await rows(copy, 'MATCH (n) WHERE n:_DumpLoad OR n._dumpId IS NOT NULL RETURN count(n) AS n')).toEqual([
      { n: 0 },
    ]);
  }, 180_000);

  it('refuses a non-empty target when asked, and a broken dump leaves the target as it was', async () => {
    const before = await graphChecksum(copy);
    await expect(loadGraph(copy, dumpGraph(source), { requireEmpty: true })).rejects.toBeInstanceOf(GraphNotEmptyError);
    async function* broken(): AsyncGenerator<GraphRecord> {
      yield* dumpGraph(source);
      yield { kind: 'relationship', type: 'TIE', start: 'no-such-node', end: 'nor-this', props: {} };
    }
    await expect(loadGraph(copy, broken(), { replace: true })).rejects.toThrow(/broken/);
    async function* failing(): AsyncGenerator<GraphRecord> {
      let n = 0;
      for await (const rec of dumpGraph(source)) {
        if (++n === 150) throw new Error('the stream broke');
        yield rec;
      }
    }
    await expect(loadGraph(copy, failing(), { replace: true, batchSize: 100 })).rejects.toThrow(/stream broke/);
    expect(await graphChecksum(copy)).toEqual(before);
  }, 180_000);

  it('streams: stopping early closes the read transaction', async () => {
    for await (const rec of dumpGraph(source)) {
      expect(rec.kind).toBe('node');
      break;
    }
    const open = await rows(
      source,
      "SHOW TRANSACTIONS YIELD currentQuery WHERE NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS' RETURN count(*) AS n",
    );
    expect(open).toEqual([{ n: 0 }]);
  }, 180_000);
});
