// GET /api/graph.columns.json.gz through the graph worker (api/graph.worker.ts): the same graph as `api.graph`, fetched,
// unpacked, parsed and validated off the main thread, and handed over in slices so the page never blocks for long.
import type { Graph } from '../../../core/schemas/graph.schema.ts';
import { ApiError, query } from './api-path.ts';
import { graphCollector, type GraphReply, type GraphRequest } from './graph-transfer.ts';

export function loadGraphOffThread(params: Record<string, string | number | undefined> = {}): Promise<Graph> {
  const worker = new Worker(new URL('./graph.worker.ts', import.meta.url), { type: 'module' });
  const add = graphCollector();
  return new Promise<Graph>((resolve, reject) => {
    worker.onmessage = (e: MessageEvent<GraphReply>) => {
      if (e.data.type === 'error') return reject(new ApiError(e.data.status, e.data.code, e.data.message));
      const graph = add(e.data);
      if (graph) resolve(graph);
    };
    worker.onerror = (e) => reject(new ApiError(0, 'client', e.message || 'graph worker failed'));
    worker.postMessage({
      url: new URL(`/api/graph.columns.json.gz${query(params)}`, location.href).href,
    } satisfies GraphRequest);
  }).finally(() => worker.terminate());
}
