// The graph worker: fetches GET /api/graph, parses the JSON and validates it with the server's own schema off the
// main thread (the world network is 7.6 MB of JSON and ~44k objects: together several hundred ms of blocking work
// on the page's thread), then sends it back in slices (api/graph-transfer.ts).
import { GraphSchema } from '../../../core/schemas/graph.schema.ts';
import { graphReplies, type GraphReply, type GraphRequest } from './graph-transfer.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const send = (m: GraphReply) => scope.postMessage(m);

scope.onmessage = async (e: MessageEvent<GraphRequest>) => {
  try {
    const { body: bytes } = e.data;
    if (bytes) {
      for (const m of graphReplies(GraphSchema.parse(JSON.parse(new TextDecoder().decode(bytes))))) send(m);
      return;
    }
    const res = await fetch(e.data.url, { headers: { accept: 'application/json' } });
    const body: unknown = await res.json().catch(() => undefined);
    if (!res.ok) {
      const err = (body as { error?: { code?: string; message?: string } } | undefined)?.error;
      return send({
        type: 'error',
        status: res.status,
        code: err?.code ?? 'http',
        message: err?.message ?? `HTTP ${res.status}`,
      });
    }
    for (const m of graphReplies(GraphSchema.parse(body))) send(m);
  } catch (err) {
    send({ type: 'error', status: 0, code: 'client', message: (err as Error).message });
  }
};
