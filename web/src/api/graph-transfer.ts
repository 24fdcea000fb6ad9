// The messages between the page and the graph worker (api/graph.worker.ts): the page sends the graph's JSON text
// (GET /api/graph.columns.json.gz, unpacked); the worker checks it against the server's own schema and answers once,
// valid or not, while the page turns the same text into rows.
export interface GraphRequest {
  /** The graph in columns, as JSON. */
  text: string;
}

export type GraphReply =
  /** The graph passed the schema; `marks`: when the worker ended each step (ms since the epoch), for the page's
   *  performance timeline. */
  { type: 'valid'; marks?: Array<[string, number]> } | { type: 'error'; status: number; code: string; message: string };
