// Sources: where a fact comes from (article, registry, dataset).
import { z } from 'zod';
import { IdSchema, PartialDateSchema } from './common.schema.ts';

export const SourceSchema = z
  .object({
    id: IdSchema,
    url: z.string().url().nullable(),
    title: z.string().nullable(),
    publisher: z.string(),
    date: PartialDateSchema.nullable(),
    language: z.string().nullable(),
    licence: z.string().nullable().optional(),
    note: z.string().nullable(),
  })
  .meta({ id: 'Source', description: 'A source; unknown fields are null (never guessed)' });
export type Source = z.infer<typeof SourceSchema>;

export const CitingFactSchema = z.object({
  id: IdSchema,
  type: z.string().meta({ description: 'Label of the citing node, or TIE for a tie' }),
  label: z.string().meta({ description: 'The fact in English where known (else Russian, else its id)' }),
  labelRu: z.string().meta({ description: 'The fact in Russian where known (else English, else its id)' }),
  city: IdSchema.nullable().meta({ description: 'The place to open it at in the explorer, when it has one' }),
});

export const SourceDetailSchema = SourceSchema.extend({
  cites: z.array(CitingFactSchema).meta({ description: 'Facts resting on this source (capped at 500)' }),
  citesTotal: z.number().int(),
}).meta({ id: 'SourceDetail' });
export type SourceDetail = z.infer<typeof SourceDetailSchema>;

export const SourceListSchema = z
  .object({
    sources: z.array(SourceSchema.extend({ citesTotal: z.number().int() })),
  })
  .meta({ id: 'SourceList' });
