// The graph worker: fetches GET /api/graph, parses the JSON and validates it with the server's own schema off the
// main thread (the world network is 7.6 MB of JSON and ~44k objects: together several hundred ms of blocking work
// on the page's thread), then sends it back in slices (api/graph-transfer.ts). The slices go first and the check
// follows: validating the world is the worker's longest step, and it overlaps the page's reading of the slices; the
// page takes the graph only when the last message says it is valid (or rejects it with the reason).
import { z } from 'zod';
import { GraphSchema, type Graph } from '../../../core/schemas/graph.schema.ts';
import { graphReplies, type GraphReply, type GraphRequest } from './graph-transfer.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const send = (m: GraphReply) => scope.postMessage(m);

scope.onmessage = async (e: MessageEvent<GraphRequest>) => {
  try {
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
    const shaped = body as Partial<Graph> | undefined;
    if (!Array.isArray(shaped?.nodes) || !Array.isArray(shaped.links)) throw new Error('not a graph');
    for (const m of graphReplies(shaped as Graph)) send(m);
    const checked = GraphSchema.safeParse(body);
    send(
      checked.success
        ? { type: 'valid' }
        : { type: 'error', status: 0, code: 'invalid_graph', message: z.prettifyError(checked.error) },
    );
  } catch (err) {
    send({ type: 'error', status: 0, code: 'client', message: (err as Error).message });
  }
};
