// The world graph's and the forums' requests, started as early as the page can (by the entry, main.ts, before the
// explorer loads): this module loads no schema and nothing of the explorer, so both downloads overlap the page's own
// start-up (its modules' evaluation), and the graph's unpacking and parsing run in short tasks between them.
import { loadGraphOffThread, type LoadedGraph } from '../api/load-graph.ts';

const WORLD = { limit: 50000 };
let early: Promise<LoadedGraph> | undefined;
let earlyForums: Promise<unknown> | undefined;

/** Starts loading the world graph and the forums now; the explorer's first `worldGraph()` and `forumsBody()`
 *  take these requests over. */
export function prefetchWorld(): void {
  early ??= loadGraphOffThread(WORLD);
  early.catch(() => undefined); // reported when the explorer takes it over
  earlyForums ??= fetch('/api/forums', { headers: { accept: 'application/json' } }).then((res) =>
    res.ok ? res.json() : Promise.reject(new Error(`HTTP ${res.status}`)),
  );
  earlyForums.catch(() => undefined); // the explorer asks again
}

/** The world graph (api/load-graph.ts): the page never blocks on it for long. The first call takes the early
 *  request if there is one; a later call (a retry) starts anew. */
export function worldGraph(): Promise<LoadedGraph> {
  const graph = early ?? loadGraphOffThread(WORLD);
  early = undefined;
  return graph;
}

/** The early GET /api/forums's JSON body, unchecked, once (undefined when there is none or it was taken). */
export function forumsBody(): Promise<unknown> | undefined {
  const body = earlyForums;
  earlyForums = undefined;
  return body;
}
