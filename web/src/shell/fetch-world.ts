// Fetching what the explorer shows: waits for the server to be ready, then the world graph and the forums (the
// forums are optional: without them the page still works).
import type { Graph } from '../../../core/schemas/graph.schema.ts';
import { api, ApiError } from '../api/client.ts';
import { loadGraphOffThread } from '../api/load-graph.ts';
import type { ForumList } from './selectors.ts';

/** The world graph, fetched, parsed and validated in a worker (api/load-graph.ts): the page never blocks on it. */
export const defaultLoadGraph = (): Promise<Graph> => loadGraphOffThread({ limit: 50000 });

export async function fetchWorld(loadGraph: () => Promise<Graph>): Promise<{ graph: Graph; forums: ForumList | null }> {
  await untilReady();
  const [graph, forums] = await Promise.all([loadGraph(), api.forums().catch(() => null)]);
  return { graph, forums };
}

/** Waits while GET /api/ready answers 503 (a fresh server still loading its graph, or its database restarting), so the
 *  page says «Загружаем граф…» instead of showing an empty or partial graph; any other failure is left to the graph
 *  request to report. */
async function untilReady(): Promise<void> {
  for (;;) {
    try {
      return void (await api.ready());
    } catch (e) {
      if (!(e instanceof ApiError && e.status === 503)) return;
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
}
