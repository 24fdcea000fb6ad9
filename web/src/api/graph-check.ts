// The graph worker's check (api/graph.worker.ts): the server's own schema of the graph in
// columns, and zod's reasons when a graph fails it.
import { z } from 'zod';
import { GraphColumnsSchema } from '../../../core/schemas/graph-columns.schema.ts';

/** Why `body` is not a valid graph in columns, or undefined when it is. */
export function graphProblem(body: unknown): string | undefined {
  const checked = GraphColumnsSchema.safeParse(body);
  return checked.success ? undefined : z.prettifyError(checked.error);
}
