// The graph in columns (core/graph/graph-columns.ts), as GET /api/graph.columns.json.gz sends it. Each column is
// checked with the field's own schema from graph.schema.ts, so a graph that passes this check gives, row by row,
// nodes and links that pass GraphNodeSchema and GraphLinkSchema.
import { z } from 'zod';
import { GraphLinkSchema, GraphNodeSchema } from './graph.schema.ts';

const position = z.int().min(0);
/** Row positions, checked in one pass: a per-item integer schema was most of the check's time on the world. */
const positions = z
  .array(z.number())
  .refine((a) => a.every((p) => Number.isInteger(p) && p >= 0), 'row positions are whole numbers from 0');

/** One column of a field: its values (distinct ones when `index` is given), rows lacking the key in `missing`. */
const column = <T extends z.core.SomeType>(value: T) =>
  z.object({
    values: z.array(value),
    index: positions.optional(),
    missing: positions.optional(),
  });

/** The columns of an object schema's fields, each optional (a field no row has is left out). */
function columnsOf<S extends z.core.$ZodShape>(shape: S) {
  const columns = Object.fromEntries(Object.entries(shape).map(([k, s]) => [k, column(s).optional()]));
  return z.object(columns as { [K in keyof S]: z.ZodOptional<ReturnType<typeof column<S[K]>>> });
}

const { id: _id, source: _s, target: _t, ...linkFields } = GraphLinkSchema.shape;

export const GraphColumnsSchema = z
  .object({
    nodeCount: position,
    linkCount: position,
    nodes: columnsOf(GraphNodeSchema.shape),
    links: columnsOf(linkFields).extend({
      id: column(z.string().nullable()).meta({ description: 'null where the id is `source--target`' }).optional(),
      source: column(z.number()).meta({ description: 'the position of the source in the node columns' }).optional(),
      target: column(z.number()).meta({ description: 'the position of the target in the node columns' }).optional(),
    }),
    truncated: z.boolean(),
    attribution: z.array(z.string()),
  })
  .superRefine((g, ctx) => {
    const rowsIn = (name: string, c: z.infer<ReturnType<typeof column>>, count: number) => {
      const missing = c.missing ?? [];
      const given = count - missing.length;
      const ok =
        missing.every((m, i) => m < count && (i === 0 || m > missing[i - 1]!)) &&
        (c.index ? c.index.length === given && c.index.every((i) => i < c.values.length) : c.values.length === given);
      if (!ok) ctx.addIssue({ code: 'custom', message: `column ${name} does not fit ${count} rows`, path: [name] });
    };
    for (const [k, c] of Object.entries(g.nodes)) if (c) rowsIn(`nodes.${k}`, c, g.nodeCount);
    for (const [k, c] of Object.entries(g.links)) if (c) rowsIn(`links.${k}`, c, g.linkCount);
    for (const end of ['source', 'target'] as const) {
      const c = g.links[end] ?? { values: [] };
      if (c.missing?.length || !c.values.every((p) => Number.isInteger(p) && p >= 0 && p < g.nodeCount))
        ctx.addIssue({ code: 'custom', message: `a link's ${end} is not a node`, path: ['links', end] });
    }
    const required = (part: 'nodes' | 'links', shape: z.core.$ZodShape, count: number) => {
      const columns = g[part] as Record<string, { missing?: number[] } | undefined>;
      for (const [k, s] of Object.entries(shape))
        if (count > 0 && !z.safeParse(s, undefined).success && (!columns[k] || columns[k].missing?.length))
          ctx.addIssue({ code: 'custom', message: `every row of ${part} needs ${k}`, path: [part, k] });
    };
    required('nodes', GraphNodeSchema.shape, g.nodeCount);
    required('links', GraphLinkSchema.shape, g.linkCount);
  })
  .meta({ id: 'GraphColumns' });
export type GraphColumnsBody = z.infer<typeof GraphColumnsSchema>;
