// The console is read-only by construction: every kind of write, schema or administration command, file access
// and disallowed procedure is refused with a 4xx in plain words — and the graph is byte-for-byte the same after.
// A runaway query is stopped by the timeout while other requests keep being answered.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postCypher } from '../helpers/cypher-client.ts';
import { graphFingerprint, type GraphFingerprint } from '../helpers/graph-checksum.ts';
import { startTestApp, type TestApp } from '../helpers/test-app.ts';

let app: TestApp;
let before: GraphFingerprint;
let tokensBefore: unknown;

/** Everything a refused query could touch besides the data: labels, types, property keys, indexes, constraints. */
async function schemaTokens() {
  const q = async (query: string) => (await postCypher(app.url, query)).body.rows;
  return {
    labels: await q('CALL db.labels() YIELD label RETURN label ORDER BY label'),
    types: await q(
      'CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType ORDER BY relationshipType',
    ),
    keys: await q('CALL db.propertyKeys() YIELD propertyKey RETURN propertyKey ORDER BY propertyKey'),
    indexes: await q('SHOW INDEXES YIELD name, type, labelsOrTypes, properties RETURN * ORDER BY name'),
    constraints: await q('SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name'),
  };
}

beforeAll(async () => {
  app = await startTestApp(undefined, {
    cypherConsole: { rateLimit: 10_000, concurrency: 8, concurrencyPerClient: 16, cooldownMs: 0 },
  });
  before = await graphFingerprint(app.db);
  tokensBefore = await schemaTokens();
});
afterAll(async () => {
  await app.close();
});

const zwj = '\u200d',
  rlm = '\u200f',
  cyrillicEs = '\u0421';
// [query, expected status, expected code] — the code is checked where one reason is certain.
const refused: [string, number, string?][] = [
  ['CREATE (n:Hacked) RETURN n', 403, 'write_refused'],
  ["MERGE (c:City {id: 'xx-new'})", 403, 'write_refused'],
  ["MATCH (c:City {id: 'ru-kaluga'}) SET c.nameEn = 'Hacked'", 403, 'write_refused'],
  ['MATCH (c:City) SET c:Hacked', 403, 'write_refused'],
  ['MATCH (s:Source) DELETE s', 403, 'write_refused'],
  ['MATCH (n) DETACH DELETE n', 403, 'write_refused'],
  ['MATCH ()-[t:TIE]-() DELETE t', 403, 'write_refused'],
  ['MATCH (c:City) REMOVE c.nameRu', 403, 'write_refused'],
  ['MATCH (c:City) FOREACH (x IN [1] | SET c.hacked = x)', 403, 'write_refused'],
  ['UNWIND range(1, 3) AS i CALL (i) { CREATE (:Hacked {i: i}) } IN TRANSACTIONS OF 1 ROW', 403, 'write_refused'],
  ['CALL () { CREATE (n:Hacked) RETURN n } RETURN n', 403, 'write_refused'],
  ['MATCH (a:City), (b:Forum) CREATE (a)-[:HACKED]->(b)', 403, 'write_refused'],
  ['MATCH (c:City) WHERE c.id = $id SET c.nameEn = $name', 403, 'write_refused'],
  ['MATCH (c:City) SET c:$($label)', 403, 'write_refused'],
  ['// only reading, promise\nCREATE (n:Hacked)', 403, 'write_refused'],
  ['/* MATCH (n) RETURN n */ CREATE (n:Hacked)', 403, 'write_refused'],
  ['cReAtE (n:Hacked)', 403, 'write_refused'],
  ['mErGe (n:Hacked {id: 1})', 403, 'write_refused'],
  ["MATCH (n) RETURN n.id AS x UNION CALL db.createLabel('Hacked') RETURN 'y' AS x", 403],
  ['MATCH (n) RETURN count(n); CREATE (m:Hacked)', 400, 'multiple_statements'],
  ['CREATE (m:Hacked);', 403, 'write_refused'],
  ['MATCH (n) RETURN count(n);\nMATCH (m) DETACH DELETE m', 400, 'multiple_statements'],
  ['ＣＲＥＡＴＥ (n:Hacked)', 400, 'syntax_error'],
  [`CRE${zwj}ATE (n:Hacked)`, 400, 'syntax_error'],
  [`${cyrillicEs}REATE (n:Hacked)`, 400, 'syntax_error'],
  [`${rlm}CREATE (n:Hacked)`, 400, 'syntax_error'],
  [`MATCH (n) ${rlm}DETACH DELETE n`, 400, 'syntax_error'],
  ['PROFILE CREATE (n:Hacked)', 400],
  ['EXPLAIN CREATE (n:Hacked)', 403, 'write_refused'],
  ['CYPHER runtime=slotted CREATE (n:Hacked)', 400, 'options_refused'],
  ["USING PERIODIC COMMIT LOAD CSV FROM 'file:///etc/passwd' AS l CREATE (:Hacked {l: l})", 400],
  ["LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line", 403, 'load_csv_refused'],
  ["LOAD CSV WITH HEADERS FROM 'http://127.0.0.1:1/x.csv' AS row RETURN row", 403, 'load_csv_refused'],
  ['LOAD CSV FROM $url AS line RETURN line', 403, 'load_csv_refused'],
  ['CREATE INDEX hacked FOR (c:City) ON (c.nameEn)', 403, 'schema_refused'],
  ['CREATE CONSTRAINT hacked FOR (n:Hacked) REQUIRE n.id IS UNIQUE', 403, 'schema_refused'],
  ['CREATE FULLTEXT INDEX hacked FOR (n:City) ON EACH [n.nameEn]', 403, 'schema_refused'],
  ['DROP INDEX city_names', 403, 'schema_refused'],
  ['DROP CONSTRAINT hacked IF EXISTS', 403, 'schema_refused'],
  ["CREATE USER mallory SET PASSWORD 'secret-password'", 403, 'admin_refused'],
  ["ALTER USER neo4j SET PASSWORD 'secret-password'", 403, 'admin_refused'],
  ['CREATE DATABASE hacked', 403, 'admin_refused'],
  ['DROP DATABASE neo4j', 403, 'admin_refused'],
  ['STOP DATABASE neo4j', 403, 'admin_refused'],
  ['SHOW USERS', 403, 'admin_refused'],
  ['SHOW DATABASES', 403, 'admin_refused'],
  ['SHOW SETTINGS', 403, 'admin_refused'],
  ['SHOW TRANSACTIONS', 403, 'admin_refused'],
  ["TERMINATE TRANSACTIONS 'neo4j-transaction-1'", 403, 'admin_refused'],
  ["CALL db.createLabel('Hacked')", 403, 'procedure_refused'],
  ["CALL db.createProperty('hacked')", 403, 'procedure_refused'],
  ["CALL db.createRelationshipType('HACKED')", 403, 'procedure_refused'],
  ['CALL db.clearQueryCaches()', 403, 'procedure_refused'],
  ["CALL dbms.setConfigValue('db.transaction.timeout', '0')", 403, 'procedure_refused'],
  ['CALL dbms.components()', 403, 'procedure_refused'],
  ['CALL db.labels() YIELD label CALL db.createProperty(label) RETURN label', 403, 'procedure_refused'],
  ["CALL apoc.create.node(['Hacked'], {})", 403, 'procedure_refused'],
  ["CALL apoc.load.json('file:///etc/passwd')", 403, 'procedure_refused'],
  ['CALL `db`.`createLabel`("Hacked")', 403, 'procedure_refused'],
];

describe('POST /api/cypher refuses what is not a read', () => {
  it.each(refused)('%j → %i', async (query, status, code) => {
    const { status: got, body } = await postCypher(app.url, query, {
      id: 'ru-kaluga',
      name: 'Hacked',
      label: 'Hacked',
      url: 'file:///etc/passwd',
    });
    expect(got, JSON.stringify(body)).toBe(status);
    expect(body.error.message.length).toBeGreaterThan(20);
    if (code) expect(body.error.code).toBe(code);
  });

  it('says where a syntax error is', async () => {
    const { status, body } = await postCypher(app.url, 'MATCH (n) RETRUN n');
    expect(status).toBe(400);
    expect(body.error).toMatchObject({
      code: 'syntax_error',
      details: { position: { line: 1, column: 11, offset: 10 } },
    });
    expect(body.error.message).toContain("Invalid input 'RETRUN'");
  });

  it('refuses a cached refusal again (the verdict cache keeps refusals)', async () => {
    for (let i = 0; i < 3; i++) expect((await postCypher(app.url, 'CREATE (n:Hacked)')).status).toBe(403);
  });

  it('stops a runaway query with the timeout while other requests keep being answered', async () => {
    // Start the console's worker threads first (each loads a driver once): the test is about runaways, not a cold start.
    await Promise.all(Array.from({ length: 8 }, () => postCypher(app.url, 'RETURN 1 AS warm')));
    const order: string[] = [];
    const runaway = (query: string, name: string) => postCypher(app.url, query).then((r) => (order.push(name), r));
    const cartesian = runaway('MATCH (a), (b), (c), (d), (e) WHERE a.id <> e.id RETURN count(*)', 'cartesian');
    // A computed bound: a literal one this long is refused before it runs (422 range_too_large, runaway-rules.ts).
    const unwind = runaway("UNWIND range(1, toInteger('1000000000')) AS x RETURN sum(x)", 'unwind');
    // Quick requests while both runaways hold database threads: each must be answered, and before the timeout.
    const quick = Array.from({ length: 5 }, (_, i) =>
      postCypher(app.url, 'MATCH (c:City {id: $id})-[:TIE]-(o:City) RETURN o.id ORDER BY o.id', {
        id: 'ru-kaluga',
      }).then((r) => (order.push(`quick-${i}`), r)),
    );
    const health = app.get('/api/health').then((r) => (order.push('health'), r));
    for (const r of await Promise.all(quick)) expect(r.status).toBe(200);
    expect((await health).status).toBe(200);
    for (const r of await Promise.all([cartesian, unwind])) {
      expect(r.status).toBe(408);
      expect(r.body.error).toMatchObject({ code: 'query_timeout', message: expect.stringContaining('5 s') });
    }
    // Every quick request and the health check were answered before either runaway was stopped.
    expect(order.slice(-2).sort()).toEqual(['cartesian', 'unwind']);
  });

  it('leaves the data, labels, types, keys, indexes and constraints unchanged', async () => {
    const after = await graphFingerprint(app.db);
    expect(after.nodes).toBeGreaterThan(50);
    expect(after).toEqual(before);
    expect(await schemaTokens()).toEqual(tokensBefore);
  });
});
