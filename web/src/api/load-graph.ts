// GET /api/graph through the graph worker (api/graph.worker.ts): the same graph as `api.graph`, fetched, parsed and
// validated off the main thread, and handed over in slices so the page never blocks for long while it arrives.
import type { Graph } from '../../../core/schemas/graph.schema.ts';
import { ApiError, graphPath } from './client.ts';
import { graphCollector, type GraphReply, type GraphRequest } from './graph-transfer.ts';

export function loadGraphOffThread(params: Record<string, string | number | undefined> = {}): Promise<Graph> {
  const worker = new Worker(new URL('./graph.worker.ts', import.meta.url), { type: 'module' });
  const url = new URL(graphPath(params), location.href).href;
  const add = graphCollector();
  return new Promise<Graph>((resolve, reject) => {
    worker.onmessage = (e: MessageEvent<GraphReply>) => {
      if (e.data.type === 'error') return reject(new ApiError(e.data.status, e.data.code, e.data.message));
      const graph = add(e.data);
      if (graph) resolve(graph);
    };
    worker.onerror = (e) => reject(new ApiError(0, 'client', e.message || 'graph worker failed'));
    void preloaded(url).then((body) =>
      body ? worker.postMessage({ url, body } satisfies GraphRequest, [body]) : worker.postMessage({ url }),
    );
  }).finally(() => worker.terminate());
}

/** The body of `url` when index.html preloads it (the world graph: its download then overlaps the page's own
 *  start-up instead of waiting for it) and it arrived whole and well; else undefined, and the worker fetches it
 *  itself (and reports any error). Reading the body as bytes does not block the page: nothing is parsed here. */
async function preloaded(url: string): Promise<ArrayBuffer | undefined> {
  const link = document.querySelector<HTMLLinkElement>('link[rel=preload][as=fetch]');
  if (!link || link.href !== url) return undefined;
  try {
    const res = await fetch(url); // as the preload asked for it, or the preloaded response is not reused
    return res.ok ? await res.arrayBuffer() : undefined;
  } catch {
    return undefined;
  }
}
