// The messages between the page and the graph worker (api/graph.worker.ts): the page asks for a URL; the worker
// answers with the graph in slices, each its own message, so the page receives it in many short tasks instead of
// one long one (a message's structured clone is read on the main thread when it is delivered).
import type { Graph, GraphLink, GraphNode } from '../../../core/schemas/graph.schema.ts';

export interface GraphRequest {
  url: string;
}

export type GraphReply =
  | { type: 'head'; truncated: boolean; attribution: string[] }
  | { type: 'nodes'; items: GraphNode[] }
  | { type: 'links'; items: GraphLink[] }
  /** After the last slice: the page has the whole graph (not yet checked). */
  | { type: 'whole' }
  /** The last message: the graph passed the schema (else an `error` comes instead); `marks`: when
   *  the worker ended each step (ms since the epoch), for the page's performance timeline. */
  | { type: 'valid'; marks?: Array<[string, number]> }
  | { type: 'error'; status: number; code: string; message: string };

/** Items per message: ~10 ms to read on a loaded 2-core machine, so the page stays responsive in between. */
export const SLICE = 2000;

/** The graph as the worker sends it, in order: head, node slices, link slices, `whole` (then `valid`, once
 *  checked). */
export function* graphReplies(graph: Graph, slice = SLICE): Generator<GraphReply> {
  yield { type: 'head', truncated: graph.truncated, attribution: graph.attribution };
  for (let i = 0; i < graph.nodes.length; i += slice) yield { type: 'nodes', items: graph.nodes.slice(i, i + slice) };
  for (let i = 0; i < graph.links.length; i += slice) yield { type: 'links', items: graph.links.slice(i, i + slice) };
  yield { type: 'whole' };
}

/** Puts the graph back together from the worker's replies; `add` returns it once `whole` arrives. */
export function graphCollector() {
  const graph: Graph = { nodes: [], links: [], truncated: false, attribution: [] };
  return (m: GraphReply): Graph | undefined => {
    if (m.type === 'head') ((graph.truncated = m.truncated), (graph.attribution = m.attribution));
    else if (m.type === 'nodes') for (const n of m.items) graph.nodes.push(n);
    else if (m.type === 'links') for (const l of m.items) graph.links.push(l);
    else if (m.type === 'whole') return graph;
    return undefined;
  };
}
