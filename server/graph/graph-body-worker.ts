// The graph bodies' thread (graph-bodies.ts runs it under piscina): a view cut from a selection, as gzipped JSON
// in rows or in columns. Cutting the world's selection, writing its 7–9 MB of JSON and compressing it were
// 0.3–1.3 s of the main thread for every new limit or filter (the soak's "graph, cancelled" requests ask a random
// limit each), and every other request waited behind them (docs/operations.md). Each job carries its selection's
// bytes in shared memory (partBytes: no copy to post); the thread keeps the last few selections it parsed, by key,
// so it parses one only the first time.
import { gzipSync } from 'node:zlib';
import { graphToColumns } from '../../core/graph/graph-columns.ts';
import type { GraphQuery } from '../../core/schemas/graph.schema.ts';
import { cutPart, parsedSelections } from './graph-cut.ts';

export interface GraphBodyJob {
  /** The selection's cache key and graph marker; undefined: not kept (the response cache is off). */
  key: string | undefined;
  /** The selection (partBytes), read only when the thread has not parsed it under `key`. */
  bytes: Uint8Array;
  q: GraphQuery;
  form: 'rows' | 'columns';
}

/** The selection of a job, parsed once per key; the last two kept. */
export const selectionOf = parsedSelections(2);

export default function graphBody(job: GraphBodyJob): Uint8Array {
  const g = cutPart(selectionOf(job), job.q);
  return gzipSync(JSON.stringify(job.form === 'rows' ? g : graphToColumns(g)));
}
