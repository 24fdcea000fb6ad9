// The graph bodies' thread (graph-bodies.ts runs it under piscina): a view cut from a selection, as gzipped JSON
// in rows or in columns. Cutting the world's selection, writing its 7–9 MB of JSON and compressing it were
// 0.3–1.3 s of the main thread for every new limit or filter (the soak's "graph, cancelled" requests ask a random
// limit each), and every other request waited behind them (docs/operations.md). The thread keeps the last few
// selections it parsed, by key, so it is sent a selection's text only the first time.
import { gzipSync } from 'node:zlib';
import { graphToColumns } from '../../core/graph/graph-columns.ts';
import type { GraphQuery } from '../../core/schemas/graph.schema.ts';
import { cutPart, partOf, type GraphPart } from './graph-cut.ts';

export interface GraphBodyJob {
  /** The selection's cache key and graph marker; undefined: not kept (the response cache is off). */
  key: string | undefined;
  /** The selection's JSON text (partText); left out when the thread was sent it before under `key`. */
  text?: string;
  q: GraphQuery;
  form: 'rows' | 'columns';
}

/** The gzipped body, or a request for the selection's text (this thread has not got it: new, or it forgot it). */
export type GraphBodyResult = Uint8Array | { needText: true };

/** Parsed selections kept (the world's is ~100 MB of objects). */
export const KEPT = 2;
const parsed: Array<{ key: string; part: GraphPart }> = [];

export default function graphBody({ key, text, q, form }: GraphBodyJob): GraphBodyResult {
  let part = key === undefined ? undefined : parsed.find((e) => e.key === key)?.part;
  if (!part) {
    if (text === undefined) return { needText: true };
    part = partOf(text);
    if (key !== undefined) {
      parsed.unshift({ key, part });
      parsed.length = Math.min(parsed.length, KEPT);
    }
  }
  const g = cutPart(part, q);
  return gzipSync(JSON.stringify(form === 'rows' ? g : graphToColumns(g)));
}
