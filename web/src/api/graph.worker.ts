// The graph worker: checks the world graph the page has downloaded (GET /api/graph.columns.json.gz, api/load-graph.ts)
// against the server's own schema, off the main thread — zod over the columns of 40,000 rows takes longer than all
// the page does with them. The page builds its model meanwhile and shows nothing until this says the graph is valid
// (or rejects it with zod's reasons).
import { graphProblem } from './graph-check.ts';
import type { GraphReply, GraphRequest } from './graph-transfer.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const send = (m: GraphReply) => scope.postMessage(m);

scope.onmessage = (e: MessageEvent<GraphRequest>) => {
  const marks: Array<[string, number]> = [];
  const mark = (step: string) => marks.push([`graph:${step}`, performance.timeOrigin + performance.now()]);
  try {
    const problem = graphProblem(JSON.parse(e.data.text));
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
