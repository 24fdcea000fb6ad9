// The graph worker's check (api/graph.worker.ts), loaded on demand: the server's own schema, and zod's reasons
// when a graph fails it.
import { z } from 'zod';
import { GraphSchema } from '../../../core/schemas/graph.schema.ts';

/** Why `body` is not a valid graph, or undefined when it is. */
export function graphProblem(body: unknown): string | undefined {
  const checked = GraphSchema.safeParse(body);
  return checked.success ? undefined : z.prettifyError(checked.error);
}
