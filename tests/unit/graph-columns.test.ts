// The graph in columns (core/graph/graph-columns.ts) and its schema (core/schemas/graph-columns.schema.ts): the
// columns give back exactly the graph they were made from — keys left out, explicit nulls, ids that are not
// `source--target`, through JSON — and the check refuses columns that would not give valid nodes and links.
import { describe, expect, test } from 'vitest';
import { graphFromColumns, graphToColumns, type GraphColumns } from '../../core/graph/graph-columns.ts';
import { GraphColumnsSchema } from '../../core/schemas/graph-columns.schema.ts';
import { GraphSchema, type Graph } from '../../core/schemas/graph.schema.ts';
import { syntheticGraph } from '../fixtures/synthetic-graph.ts';

/** A graph as the server sends it: metrics on some places only (the rest lack the keys), a null among them, and
 *  ties whose id is the usual `source--target` beside others. */
function served(): Graph {
  const g = syntheticGraph(400, 900, 5);
  g.nodes.forEach((n, i) => {
    if (i % 3) Object.assign(n, { community: i % 7, pagerank: i / 1000, betweenness: i % 5 ? 0.5 : null });
  });
  g.links.forEach((l, i) => {
    if (i % 2) l.id = `${l.source}--${l.target}`;
    if (i % 11 === 0) Object.assign(l, { kinds: ['twinning', 'cooperation'], agreements: ['agr-1'] });
  });
  return { ...g, truncated: true, attribution: ['GeoNames (CC BY 4.0)'] };
}

const viaJson = (c: GraphColumns): unknown => JSON.parse(JSON.stringify(c));

describe('the graph in columns', () => {
  test('gives back the very graph, through JSON, and passes its schema', () => {
    const graph = served();
    const columns = viaJson(graphToColumns(graph));
    expect(GraphColumnsSchema.safeParse(columns).error).toBeUndefined();
    const back = graphFromColumns(columns as GraphColumns);
    expect(back).toStrictEqual(graph); // strict: a key left out stays left out, a null stays null
    expect(GraphSchema.safeParse(back).success).toBe(true);
  });

  test('is much smaller than the rows: ends as positions, usual ids left out, few-valued fields indexed', () => {
    const graph = served();
    const columns = graphToColumns(graph);
    expect(columns.links.kind!.index).toHaveLength(graph.links.length);
    expect(columns.links.kind!.values.length).toBeLessThanOrEqual(3);
    expect(columns.nodes.community!.missing).toHaveLength(Math.ceil(400 / 3));
    expect(columns.links.id!.values.filter((v) => v === null).length).toBeGreaterThan(0);
    expect(JSON.stringify(columns).length).toBeLessThan(JSON.stringify(graph).length / 2.5);
  });

  test('an empty graph, and a graph without metrics (no metric columns at all)', () => {
    const empty: Graph = { nodes: [], links: [], truncated: false, attribution: [] };
    expect(GraphColumnsSchema.safeParse(viaJson(graphToColumns(empty))).success).toBe(true);
    expect(graphFromColumns(graphToColumns(empty))).toStrictEqual(empty);
    const plain = syntheticGraph(30, 40, 2);
    const columns = graphToColumns(plain);
    expect(Object.keys(columns.nodes)).not.toContain('community');
    expect(graphFromColumns(viaJson(columns) as GraphColumns)).toStrictEqual(plain);
  });

  test('the check refuses columns that would not give valid nodes and links, saying where', () => {
    const problem = (change: (c: any) => void) => {
      const c = viaJson(graphToColumns(served())) as any;
      change(c);
      const r = GraphColumnsSchema.safeParse(c);
      return r.success ? 'passed' : r.error.issues.map((i) => i.path.join('.')).join(' ');
    };
    expect(problem((c) => (c.nodes.lat.values[3] = 'north'))).toBe('nodes.lat.values.3');
    expect(problem((c) => (c.nodes.id.values[0] = 'Not An Id!'))).toBe('nodes.id.values.0');
    expect(problem((c) => c.nodes.lon.values.pop())).toBe('nodes.lon');
    expect(problem((c) => (c.links.source.values[5] = 400))).toBe('links.source');
    expect(problem((c) => (c.links.kind.index[0] = 9))).toBe('links.kind');
    expect(problem((c) => delete c.nodes.degree)).toBe('nodes.degree');
    expect(problem((c) => (c.nodes.community.missing = [2, 1]))).toBe('nodes.community');
    expect(problem((c) => (c.links.year.missing = [0]))).toContain('links.year');
    expect(problem((c) => (c.links.sources.values[0] = 'x'))).toContain('links.sources.values.0');
    expect(problem(() => undefined)).toBe('passed');
  });
});
