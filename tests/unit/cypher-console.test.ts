// The console's pure parts: plan rules, verdict cache, value serialiser, graph collector, limits' defaults.
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { readConsoleOptions } from '../../server/cypher-console/console.config.ts';
import { GraphCollector } from '../../server/cypher-console/graph-collector.ts';
import {
  refuseByPlan,
  refuseByQueryType,
  procedureName,
  type PlanNode,
} from '../../server/cypher-console/plan-rules.ts';
import { judge } from '../../server/cypher-console/read-only-guard.ts';
import { durationToIso, toDriverParams, toJsonValue } from '../../server/cypher-console/value-serialiser.ts';
import { VerdictCache } from '../../server/cypher-console/verdict-cache.ts';

const op = (operatorType: string, details?: string, children: PlanNode[] = []): PlanNode => ({
  operatorType,
  arguments: details ? { Details: details } : {},
  children,
});

describe('plan rules', () => {
  it('accept a plain read', () => {
    expect(judge({ queryType: 'r', plan: op('ProduceResults@neo4j', 'n', [op('AllNodesScan@neo4j', 'n')]) })).toEqual({
      allowed: true,
    });
  });
  it('refuse any query type but r', () => {
    expect(refuseByQueryType('w')?.code).toBe('write_refused');
    expect(refuseByQueryType('rw')?.code).toBe('write_refused');
    expect(refuseByQueryType('s')?.code).toBe('schema_refused');
    expect(refuseByQueryType('r')).toBeUndefined();
  });
  it('find LOAD CSV, admin commands and procedures deep in the tree', () => {
    const deep = (inner: PlanNode) =>
      op('ProduceResults@neo4j', 'x', [op('Apply@neo4j', undefined, [op('Argument@neo4j'), inner])]);
    expect(refuseByPlan(deep(op('LoadCSV@neo4j', 'l')))?.code).toBe('load_csv_refused');
    expect(refuseByPlan(op('AdministrationCommand@system'))?.code).toBe('admin_refused');
    expect(refuseByPlan(deep(op('ShowSettings@neo4j')))?.code).toBe('admin_refused');
    expect(refuseByPlan(deep(op('TerminateTransactions@neo4j')))?.code).toBe('admin_refused');
    expect(refuseByPlan(deep(op('ShowIndexes@neo4j')))).toBeUndefined();
    expect(refuseByPlan(deep(op('ProcedureCall@neo4j', 'db.createLabel($autostring_0) :: ()')))?.code).toBe(
      'procedure_refused',
    );
    expect(refuseByPlan(deep(op('ProcedureCall@neo4j', 'db.labels() :: (label :: STRING)')))).toBeUndefined();
    expect(refuseByPlan(deep(op('ProcedureCall@neo4j')))?.code).toBe('procedure_refused');
  });
  it('read the procedure name only from before its arguments', () => {
    expect(procedureName({ Details: 'db.index.fulltext.queryNodes($a, $b) :: (node :: NODE)' })).toBe(
      'db.index.fulltext.queryNodes',
    );
    expect(procedureName({ Details: 'db.createLabel("db.labels()") :: ()' })).toBe('db.createLabel');
    expect(procedureName({})).toBeUndefined();
  });
});

describe('verdict cache', () => {
  it('keys by the exact text and forgets the least recently used', () => {
    const cache = new VerdictCache(2);
    cache.set('RETURN 1', { allowed: true });
    expect(cache.get('RETURN 1 ')).toBeUndefined();
    expect(cache.get('return 1')).toBeUndefined();
    cache.set('B', { allowed: true });
    cache.get('RETURN 1');
    cache.set('C', { allowed: true });
    expect(cache.get('B')).toBeUndefined();
    expect(cache.get('RETURN 1')).toEqual({ allowed: true });
    expect(cache.size).toBe(2);
  });
});

describe('value serialiser', () => {
  it('keeps integers exact and marks non-finite floats', () => {
    expect(toJsonValue(2n ** 53n + 1n)).toBe('9007199254740993');
    expect(toJsonValue(-(2n ** 63n))).toBe('-9223372036854775808');
    expect(toJsonValue(42n)).toBe(42);
    expect(toJsonValue(neo4j.int('9223372036854775807'))).toBe('9223372036854775807');
    expect(toJsonValue(Number.POSITIVE_INFINITY)).toBe('Infinity');
    expect(toJsonValue({ a: [1n, null, undefined] })).toEqual({ a: [1, null, null] });
  });
  it('writes durations as Neo4j does', () => {
    const d = (months: number, days: number, seconds: number, nanoseconds = 0) =>
      durationToIso({ months, days, seconds, nanoseconds });
    expect(d(14, 3, 14_400)).toBe('P1Y2M3DT4H');
    expect(d(0, 0, 0)).toBe('PT0S');
    expect(d(0, 0, 6, 500_000_000)).toBe('PT6.5S');
    expect(d(12, 0, 0)).toBe('P1Y');
  });
  it('turns JSON integers into Neo4j integers and leaves other values', () => {
    const p = toDriverParams({ n: 3, f: 1.5, list: [1, 'a'], nested: { m: 2 } }) as any;
    expect(neo4j.isInt(p.n) && neo4j.isInt(p.list[0]) && neo4j.isInt(p.nested.m)).toBe(true);
    expect(p.f).toBe(1.5);
    expect(p.list[1]).toBe('a');
  });
});

describe('graph collector', () => {
  it('collects nodes and links once, from rows, maps, lists and paths, and names missing ends', () => {
    const n = (id: string) => ({ $kind: 'node' as const, id, labels: ['City'], properties: {} });
    const r = (id: string, start: string, end: string) => ({
      $kind: 'relationship' as const,
      id,
      type: 'TIE',
      start,
      end,
      properties: {},
    });
    const g = new GraphCollector();
    g.add([
      n('a'),
      { m: n('a') },
      { $kind: 'path', nodes: [n('a'), n('b')], relationships: [r('r1', 'a', 'b')] },
      r('r2', 'b', 'c'),
    ]);
    expect(g.nodes.size).toBe(2);
    expect(g.missingEnds()).toEqual(['c']);
    expect(g.graph().links.map((l) => l.id)).toEqual(['r1']);
  });
});

describe('console limits', () => {
  it('default to 5 s, 5,000 rows and 10,000 characters, 4 M characters of answer, 4 at once (2 per client), a 60 s cool-down', () => {
    expect(readConsoleOptions({})).toEqual({
      timeoutMs: 5_000,
      maxRows: 5_000,
      maxQueryLength: 10_000,
      rateLimit: 60,
      rateWindowMs: 60_000,
      maxResultChars: 4_000_000,
      concurrency: 4,
      concurrencyPerClient: 2,
      killGraceMs: 3_000,
      workerNice: 10,
      cooldownMs: 60_000,
    });
    expect(readConsoleOptions({ CYPHER_TIMEOUT_MS: '2000' }).timeoutMs).toBe(2_000);
    expect(() => readConsoleOptions({ CYPHER_MAX_ROWS: 'lots' })).toThrow(/CYPHER_MAX_ROWS/);
  });
});
