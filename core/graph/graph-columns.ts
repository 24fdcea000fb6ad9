// The graph in columns: the same nodes and links as GET /api/graph, one array per field instead of one object per
// row. For the world (17k places, 25k ties) that is ~2.5 MB of JSON instead of 9.3 MB: a link's ends are node
// positions instead of repeated ids, a link's id is left out where it is the usual `source--target`, and fields
// with few distinct values (kinds, sources, countries, dates) are stored once and indexed. The explorer's graph
// worker unpacks, parses and checks this form ~3× faster than the rows (docs/explorer-loading.md).
// `graphFromColumns(graphToColumns(g))` gives `g` back exactly, keys left out included.
import type { Graph, GraphLink, GraphNode } from '../schemas/graph.schema.ts';

/** A value per row, or the distinct values and a position in them per row; `missing`: rows without the key. */
export type Column<T> = { values: T[]; index?: number[]; missing?: number[] };

export interface GraphColumns {
  nodeCount: number;
  linkCount: number;
  /** One column per node field present on any node. */
  nodes: Record<string, Column<unknown>>;
  /** One column per link field; `source`/`target` are node positions; `id` is null where it is `source--target`. */
  links: Record<string, Column<unknown>>;
  truncated: boolean;
  attribution: string[];
}

/** Stored once and indexed when the distinct values are at most this share of the rows. */
const DICTIONARY_SHARE = 1 / 8;

function toColumn(rows: ReadonlyArray<Record<string, unknown>>, key: string): Column<unknown> | undefined {
  const missing: number[] = [];
  const values: unknown[] = [];
  rows.forEach((r, i) => (key in r ? values.push(r[key]) : missing.push(i)));
  if (values.length === 0) return undefined;
  const column: Column<unknown> = { values };
  if (missing.length) column.missing = missing;
  const ids = new Map<string, number>();
  const distinct: unknown[] = [];
  const index = values.map((v) => {
    const k = JSON.stringify(v);
    let at = ids.get(k);
    if (at === undefined) ids.set(k, (at = distinct.push(v) - 1));
    return at;
  });
  if (distinct.length <= values.length * DICTIONARY_SHARE) Object.assign(column, { values: distinct, index });
  return column;
}

function columnsOf(rows: ReadonlyArray<Record<string, unknown>>): Record<string, Column<unknown>> {
  const keys = new Set<string>();
  for (const r of rows) for (const k in r) keys.add(k);
  const out: Record<string, Column<unknown>> = {};
  for (const k of keys) out[k] = toColumn(rows, k)!;
  return out;
}

export function graphToColumns(graph: Graph): GraphColumns {
  const at = new Map(graph.nodes.map((n, i) => [n.id, i]));
  const links = graph.links.map((l) => ({
    ...l,
    id: l.id === `${l.source}--${l.target}` ? null : l.id,
    source: at.get(l.source) ?? -1,
    target: at.get(l.target) ?? -1,
  }));
  return {
    nodeCount: graph.nodes.length,
    linkCount: graph.links.length,
    nodes: columnsOf(graph.nodes),
    links: columnsOf(links),
    truncated: graph.truncated,
    attribution: graph.attribution,
  };
}

/** A column as one value per row, `MISSING` where a row lacks the key. */
const MISSING = Symbol('missing');
function perRow(c: Column<unknown>, count: number): unknown[] {
  const out = new Array<unknown>(count);
  const skip = c.missing ?? [];
  for (let i = 0, v = 0, s = 0; i < count; i++) {
    if (skip[s] === i) ((out[i] = MISSING), s++);
    else out[i] = c.index ? c.values[c.index[v++]!] : c.values[v++];
  }
  return out;
}

/** Rows back from columns (already checked: graph-columns.schema.ts), built row by row so that every row gets
 *  its keys in the same order (one object shape for all, which keeps this a few ms for the world). */
function rowsOf(columns: Record<string, Column<unknown>>, count: number): Array<Record<string, unknown>> {
  const keys = Object.keys(columns);
  const values = keys.map((k) => perRow(columns[k]!, count));
  const rows = new Array<Record<string, unknown>>(count);
  for (let i = 0; i < count; i++) {
    const row: Record<string, unknown> = {};
    for (let k = 0; k < keys.length; k++) {
      const v = values[k]![i];
      if (v !== MISSING) row[keys[k]!] = v;
    }
    rows[i] = row;
  }
  return rows;
}

export function graphFromColumns(c: GraphColumns): Graph {
  const nodes = nodesFromColumns(c.nodes, c.nodeCount);
  const links = linksFromColumns(c.links, c.linkCount, nodes);
  return { nodes, links, truncated: c.truncated, attribution: c.attribution };
}

/** The nodes of a graph in columns (graphFromColumns in two halves, for a caller that builds each in a task of
 *  its own). */
export function nodesFromColumns(columns: GraphColumns['nodes'], count: number): GraphNode[] {
  return rowsOf(columns, count) as unknown as GraphNode[];
}

/** The links of a graph in columns, their ends the ids of `nodes` (what nodesFromColumns gave). */
export function linksFromColumns(columns: GraphColumns['links'], count: number, nodes: GraphNode[]): GraphLink[] {
  const links = rowsOf(columns, count);
  for (const l of links) {
    l.source = nodes[l.source as number]!.id;
    l.target = nodes[l.target as number]!.id;
    l.id ??= `${l.source as string}--${l.target as string}`;
  }
  return links as unknown as GraphLink[];
}
