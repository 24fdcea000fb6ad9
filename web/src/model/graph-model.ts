// The graph model: the API's nodes and links indexed once (ids → indices, adjacency), never mutated afterwards.
// Everything downstream (visibility, layout, drawing) works on indices into these arrays.
import type { Graph, GraphLink, GraphNode } from '../../../core/schemas/graph.schema.ts';
import { nameOf } from '../../../core/i18n/names.ts';
import { factsByPosition, type NodeFacts } from '../../../core/style/style-rules.ts';

export interface GraphModel {
  nodes: readonly GraphNode[];
  links: readonly GraphLink[];
  /** links[i] joins source[i] and target[i] (node indices). */
  source: Int32Array;
  target: Int32Array;
  index: ReadonlyMap<string, number>;
  /** For each node, the indices of its links. */
  adjacency: readonly (readonly number[])[];
  /** Countries by number of places, most first (the country filter's order). */
  countries: readonly string[];
  attribution: readonly string[];
  truncated: boolean;
  /** What the styling rules read about each place (core/style): country, all ties, first year, main kind. */
  facts: readonly NodeFacts[];
}

/** Builds the indexed model; links whose ends are missing from `nodes` are dropped (never drawn half-attached). */
export function buildModel(graph: Graph): GraphModel {
  const index = new Map<string, number>();
  graph.nodes.forEach((n, i) => index.set(n.id, i));
  const links: GraphLink[] = [];
  const src: number[] = [];
  const tgt: number[] = [];
  const adjacency: number[][] = graph.nodes.map(() => []);
  for (const l of graph.links) {
    const s = index.get(l.source);
    const t = index.get(l.target);
    if (s === undefined || t === undefined || s === t) continue;
    adjacency[s]!.push(links.length);
    adjacency[t]!.push(links.length);
    links.push(l);
    src.push(s);
    tgt.push(t);
  }
  const countries = byFrequency(graph.nodes.map((n) => n.country));
  const source = Int32Array.from(src);
  const target = Int32Array.from(tgt);
  return {
    nodes: graph.nodes,
    links,
    source,
    target,
    index,
    adjacency,
    countries,
    attribution: graph.attribution,
    truncated: graph.truncated,
    facts: factsByPosition(graph.nodes, links, source, target),
  };
}

/** The node at the other end of link `l` from node `n`. */
/** Country codes, most places first (ties by code); places without a country are left out. */
export function byFrequency(countries: Iterable<string | null>): string[] {
  const counts = new Map<string, number>();
  for (const c of countries) if (c) counts.set(c, (counts.get(c) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([c]) => c);
}

export function otherEnd(model: GraphModel, l: number, n: number): number {
  return model.source[l] === n ? model.target[l]! : model.source[l]!;
}

/** A node's name in `lang` (core/i18n/names.ts). */
export const nodeName = nameOf;
