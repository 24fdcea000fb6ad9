// The graph worker: fetches the graph in columns as a gzip file (GET /api/graph.columns.json.gz: the same graph as
// /api/graph, ~2 MB of JSON for the world instead of 9.3 MB), unpacks, parses and turns it back into nodes and links
// off the main thread, then sends them in slices (api/graph-transfer.ts) and checks the columns with the server's own
// schema. The file is unpacked here with the browser's own DecompressionStream: a gzip-*encoded* answer would be
// unpacked in the browser's network process and reach this thread whole. The slices go first and the check
// follows, overlapping the page's reading of the slices; the page takes the graph only when the last message says
// it is valid (or rejects it with the reason).
import { graphFromColumns, type GraphColumns } from '../../../core/graph/graph-columns.ts';
import type { Graph } from '../../../core/schemas/graph.schema.ts';
import { graphReplies, type GraphReply, type GraphRequest } from './graph-transfer.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const send = (m: GraphReply) => scope.postMessage(m);

// The schema (zod and the graph's shapes) is loaded beside the download, not before it: the worker's own script
// stays small, so it starts and asks for the graph sooner.
const schema = () => import('./graph-check.ts');

scope.onmessage = async (e: MessageEvent<GraphRequest>) => {
  const marks: Array<[string, number]> = [];
  const mark = (step: string) => marks.push([`graph:${step}`, performance.timeOrigin + performance.now()]);
  mark('asked');
  const checker = schema();
  checker.catch(() => undefined); // awaited below, where a failure is reported
  try {
    const res = await fetch(e.data.url);
    mark('answered');
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
    mark('downloaded');
    const bytes = await new Response(packed.stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer();
    mark('unpacked');
    const body: unknown = JSON.parse(new TextDecoder().decode(bytes));
    mark('parsed');
    // Rows back from the columns before the check (which only says whether to trust them): a body too broken to
    // turn into rows is reported with the check's reasons.
    let graph: Graph | undefined;
    try {
      graph = graphFromColumns(body as GraphColumns);
    } catch {
      graph = undefined;
    }
    mark('rows');
    if (graph) for (const m of graphReplies(graph)) send(m);
    mark('sent');
    const problem = (await checker).graphProblem(body) ?? (graph ? undefined : 'not a graph');
    mark('checked');
    send(
      problem === undefined
        ? { type: 'valid', marks }
        : { type: 'error', status: 0, code: 'invalid_graph', message: problem },
    );
  } catch (err) {
    send({ type: 'error', status: 0, code: 'client', message: (err as Error).message });
  }
};
