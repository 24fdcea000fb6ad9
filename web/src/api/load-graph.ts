// GET /api/graph.columns.json.gz: the same graph as `api.graph`, in columns (core/graph/graph-columns.ts) and
// gzipped — 0.55 MB for the world. The page downloads it, unpacks it with the browser's own DecompressionStream (a
// gzip-*encoded* answer would be unpacked in the network process and reach the page as 9 MB), parses the 1.9 MB of
// JSON and turns the columns into rows, each step a task of its own (~20–90 ms each on a quiet 2-core machine);
// the schema check, the one step that took longer, runs in the graph worker (api/graph.worker.ts) meanwhile.
import { type GraphColumns, linksFromColumns, nodesFromColumns } from '../../../core/graph/graph-columns.ts';
import type { Graph } from '../../../core/schemas/graph.schema.ts';
import { ApiError, query } from './api-path.ts';
import type { GraphReply, GraphRequest } from './graph-transfer.ts';
import { nextTask } from './next-task.ts';

/** The whole graph, before the worker's check ends: build on it, but show nothing of it until `trusted`
 *  resolves — it rejects (`invalid_graph`, with zod's reasons) when the graph failed the check. */
export interface LoadedGraph {
  graph: Graph;
  trusted: Promise<void>;
}

/** The JSON text of the gzip file, or the API's error (its JSON `{ error: { code, message } }`). */
async function download(url: string): Promise<string> {
  performance.mark('graph:asked'); // marks of the steps: read by `npm run bench:render`
  const res = await fetch(url);
  performance.mark('graph:answered');
  if (!res.ok) {
    const body: unknown = await res.json().catch(() => undefined);
    const err = (body as { error?: { code?: string; message?: string } } | undefined)?.error;
    throw new ApiError(res.status, err?.code ?? 'http', err?.message ?? `HTTP ${res.status}`);
  }
  // Whole, then unpacked in one go: piping the download through the decompressor as it arrived took about twice
  // as long.
  const packed = await res.blob();
  performance.mark('graph:downloaded');
  const text = await new Response(packed.stream().pipeThrough(new DecompressionStream('gzip'))).text();
  performance.mark('graph:unpacked');
  return text;
}

/** The schema check in the graph worker, started at once (the worker's start and zod's evaluation overlap the
 *  download): `check(text)` resolves when the graph is valid and rejects with the reasons. */
function checker(): { check(text: string): Promise<void>; stop(): void } {
  const worker = new Worker(new URL('./graph.worker.ts', import.meta.url), { type: 'module' });
  const checked = new Promise<void>((resolve, reject) => {
    worker.onmessage = (e: MessageEvent<GraphReply>) => {
      const m = e.data;
      if (m.type === 'error') return reject(new ApiError(m.status, m.code, m.message));
      for (const [step, at] of m.marks ?? []) performance.mark(step, { startTime: at - performance.timeOrigin });
      resolve();
    };
    worker.onerror = (e) => reject(new ApiError(0, 'client', e.message || 'graph worker failed'));
  });
  checked.catch(() => undefined); // reported by whoever awaits it
  const stop = () => worker.terminate();
  void checked.finally(stop).catch(() => undefined);
  return {
    check: (text) => (worker.postMessage({ text } satisfies GraphRequest), checked),
    stop,
  };
}

export async function loadGraphOffThread(
  params: Record<string, string | number | undefined> = {},
): Promise<LoadedGraph> {
  const worker = checker();
  let text: string;
  try {
    text = await download(new URL(`/api/graph.columns.json.gz${query(params)}`, location.href).href);
  } catch (e) {
    worker.stop();
    throw e;
  }
  const trusted = worker.check(text);
  try {
    await nextTask();
    const c = JSON.parse(text) as GraphColumns;
    performance.mark('graph:parsed');
    await nextTask();
    const nodes = nodesFromColumns(c.nodes, c.nodeCount);
    await nextTask();
    const links = linksFromColumns(c.links, c.linkCount, nodes);
    performance.mark('graph:rows');
    return { graph: { nodes, links, truncated: c.truncated, attribution: c.attribution }, trusted };
  } catch (e) {
    // Not a graph in columns at all: the check says why.
    await trusted;
    throw new ApiError(0, 'invalid_graph', (e as Error).message);
  }
}
