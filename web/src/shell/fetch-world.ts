// Fetching what the explorer shows: the world graph and the forums (optional: without them the page still works),
// asked for at once — a server that is not ready yet answers 503, and then the page waits for it and asks again.
import { api, ApiError } from '../api/client.ts';
import type { LoadedGraph } from '../api/load-graph.ts';
import { ForumListSchema } from '../../../core/schemas/forum.schema.ts';
import { forumsBody, worldGraph } from './world-request.ts';
import type { ForumList } from './selectors.ts';

/** The world graph, asked for early (shell/world-request.ts, api/load-graph.ts): the page never blocks on it for long. */
export const defaultLoadGraph = worldGraph;

export async function fetchWorld(
  loadGraph: () => Promise<LoadedGraph>,
): Promise<{ world: LoadedGraph; forums: ForumList | null }> {
  // The early request's body when there is one (checked with the same schema as the client's), else a new request.
  const forums = () => {
    const early = forumsBody();
    const asked = early ? early.then((body) => ForumListSchema.parse(body)) : api.forums();
    return asked.catch(() => (early ? api.forums() : null)).catch(() => null);
  };
  const first = await Promise.all([loadGraph(), forums()]).catch((e: unknown) => e);
  if (Array.isArray(first)) return { world: first[0], forums: first[1] };
  if (!(first instanceof ApiError && first.status === 503)) throw first;
  await untilReady();
  const [world, list] = await Promise.all([loadGraph(), forums()]);
  return { world, forums: list };
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
