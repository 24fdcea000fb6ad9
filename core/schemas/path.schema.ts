// The shortest chain of ties between two cities, with the agreements along it.
import { z } from 'zod';
import { IdSchema } from './common.schema.ts';
import { AgreementSchema } from './agreement.schema.ts';
import { CityRefSchema } from './city.schema.ts';
import { GraphLinkSchema } from './graph.schema.ts';

export const PathQuerySchema = z
  .object({ from: IdSchema, to: IdSchema, maxLength: z.coerce.number().int().min(1).max(12).default(8) })
  .refine((q) => q.from !== q.to, { message: 'from and to must be different cities', path: ['to'] });

export const PathSchema = z
  .object({
    found: z.boolean(),
    length: z.number().int().nullable(),
    cities: z.array(CityRefSchema),
    steps: z.array(
      z.object({ from: IdSchema, to: IdSchema, tie: GraphLinkSchema, agreements: z.array(AgreementSchema) }),
    ),
  })
  .meta({ id: 'Path' });
export type Path = z.infer<typeof PathSchema>;
