// GET /api/graph.columns.json.gz through the graph worker (api/graph.worker.ts): the same graph as `api.graph`, fetched,
// unpacked, parsed and validated off the main thread, and handed over in slices so the page never blocks for long.
import type { Graph } from '../../../core/schemas/graph.schema.ts';
import { ApiError, query } from './api-path.ts';
import { graphCollector, type GraphReply, type GraphRequest } from './graph-transfer.ts';

/** The whole graph, handed over before the worker's check ends: build on it, but show nothing of it until
 *  `trusted` resolves — it rejects (`invalid_graph`, with zod's reasons) when the graph failed the check. */
export interface LoadedGraph {
  graph: Graph;
  trusted: Promise<void>;
}

export function loadGraphOffThread(params: Record<string, string | number | undefined> = {}): Promise<LoadedGraph> {
  const worker = new Worker(new URL('./graph.worker.ts', import.meta.url), { type: 'module' });
  const add = graphCollector();
  let trust!: () => void;
  let distrust!: (e: ApiError) => void;
  const trusted = new Promise<void>((res, rej) => ((trust = res), (distrust = rej)));
  trusted.catch(() => undefined); // reported by whoever awaits it
  return new Promise<LoadedGraph>((resolve, reject) => {
    const fail = (e: ApiError) => (reject(e), distrust(e), worker.terminate());
    worker.onmessage = (e: MessageEvent<GraphReply>) => {
      const m = e.data;
      if (m.type === 'error') return fail(new ApiError(m.status, m.code, m.message));
      if (m.type === 'valid') {
        for (const [step, at] of m.marks ?? []) performance.mark(step, { startTime: at - performance.timeOrigin });
        return (trust(), worker.terminate());
      }
      const graph = add(m);
      if (graph) resolve({ graph, trusted });
    };
    worker.onerror = (e) => fail(new ApiError(0, 'client', e.message || 'graph worker failed'));
    worker.postMessage({
      url: new URL(`/api/graph.columns.json.gz${query(params)}`, location.href).href,
    } satisfies GraphRequest);
  });
}
