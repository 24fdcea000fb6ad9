// The graph worker: fetches the graph as a gzip file (GET /api/graph.json.gz, the same answer as /api/graph),
// unpacks and parses it and validates it with the server's own schema off the main thread (the world network is
// 9 MB of JSON and ~44k objects: together several hundred ms of blocking work on the page's thread), then sends it
// back in slices (api/graph-transfer.ts). The file is unpacked here with the browser's own DecompressionStream:
// a gzip-*encoded* answer would be unpacked in the browser's network process and reach this thread as 8× the
// bytes, which alone took 0.4–0.9 s for the world. The slices go first and the check follows: validating the world
// is the worker's longest step, and it overlaps the page's reading of the slices; the page takes the graph only
// when the last message says it is valid (or rejects it with the reason).
import type { Graph } from '../../../core/schemas/graph.schema.ts';
import { graphReplies, type GraphReply, type GraphRequest } from './graph-transfer.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const send = (m: GraphReply) => scope.postMessage(m);

// The schema (zod and the graph's shapes) is loaded beside the download, not before it: the worker's own script
// stays small, so it starts and asks for the graph sooner.
const schema = () => import('./graph-check.ts');

scope.onmessage = async (e: MessageEvent<GraphRequest>) => {
  const checker = schema();
  checker.catch(() => undefined); // awaited below, where a failure is reported
  try {
    const res = await fetch(e.data.url);
    if (!res.ok) {
      const body: unknown = await res.json().catch(() => undefined);
      const err = (body as { error?: { code?: string; message?: string } } | undefined)?.error;
      return send({
        type: 'error',
        status: res.status,
        code: err?.code ?? 'http',
        message: err?.message ?? `HTTP ${res.status}`,
      });
    }
    // Whole first, then unpacked in one go: piping the download through the decompressor as it arrived took about
    // twice as long here.
    const packed = new Blob([await res.arrayBuffer()]);
    const bytes = await new Response(packed.stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer();
    const body: unknown = JSON.parse(new TextDecoder().decode(bytes));
    const shaped = body as Partial<Graph> | undefined;
    if (!Array.isArray(shaped?.nodes) || !Array.isArray(shaped.links)) throw new Error('not a graph');
    for (const m of graphReplies(shaped as Graph)) send(m);
    const problem = (await checker).graphProblem(body);
    send(
      problem === undefined ? { type: 'valid' } : { type: 'error', status: 0, code: 'invalid_graph', message: problem },
    );
  } catch (err) {
    send({ type: 'error', status: 0, code: 'client', message: (err as Error).message });
  }
};
