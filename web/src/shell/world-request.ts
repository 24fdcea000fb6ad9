// The world graph's request, started as early as the page can (by the entry, main.ts, before the explorer loads):
// this module loads no schema and nothing of the explorer, so the graph worker starts before the rest of the
// page's modules are evaluated, and its download, unpacking and parsing overlap the page's own start-up.
import { loadGraphOffThread, type LoadedGraph } from '../api/load-graph.ts';

const WORLD = { limit: 50000 };
let early: Promise<LoadedGraph> | undefined;

/** Starts loading the world graph now; the explorer's first `worldGraph()` takes this request over. */
export function prefetchWorld(): void {
  early ??= loadGraphOffThread(WORLD);
  early.catch(() => undefined); // reported when the explorer takes it over
}

/** The world graph, fetched, unpacked, parsed and validated in a worker (api/load-graph.ts): the page never
 *  blocks on it. The first call takes the early request if there is one; a later call (a retry) starts anew. */
export function worldGraph(): Promise<LoadedGraph> {
  const graph = early ?? loadGraphOffThread(WORLD);
  early = undefined;
  return graph;
}
