// Countries and their ties (issue 18 §3, docs/analytics.md): the city pairs behind a chord of the country view
// (stated facts, with their sources) and one country's summary (its partners, decades and most central places).
import { z } from 'zod';
import { AnalyticsFilterSchema, ComputedSchema, CountryTiesSchema } from './analytics.schema.ts';
import { CountryCodeSchema, IdSchema, commaList, yearRangeInOrder } from './common.schema.ts';
import { SourceSchema } from './source.schema.ts';

/** A country code, or `?` for places whose country is not known (as /api/analytics/countries names them). */
export const CountryKeySchema = z
  .union([CountryCodeSchema, z.literal('?')])
  .meta({ description: 'ISO 3166-1 alpha-2 code, or `?` for places without a known country', example: 'BY' });

export const CountryPairsQuerySchema = AnalyticsFilterSchema.extend({
  a: commaList(CountryKeySchema).meta({ description: 'Countries at one end (comma-separated)', example: 'RU' }),
  b: commaList(CountryKeySchema).meta({
    description: 'Countries at the other end; the same as `a` for the ties inside them',
    example: 'BY',
  }),
  max: z.coerce.number().int().min(1).max(5000).default(500).meta({ description: 'At most this many ties listed' }),
}).refine(...yearRangeInOrder);
export type CountryPairsQuery = z.infer<typeof CountryPairsQuerySchema>;

const PlaceRefSchema = z.object({
  id: IdSchema,
  nameRu: z.string().nullable(),
  nameEn: z.string().nullable(),
  country: z.string().nullable(),
});

export const CountryPairTiesSchema = z
  .object({
    a: z.array(z.string()),
    b: z.array(z.string()),
    total: z.number().int().meta({ description: 'Ties between the two sides in the selection (all, even past `max`)' }),
    truncated: z.boolean().meta({ description: 'More than `max` ties: the first `max` are listed' }),
    ties: z
      .array(
        z.object({
          id: z.string(),
          a: PlaceRefSchema.meta({ description: 'The end in `a`' }),
          b: PlaceRefSchema.meta({ description: 'The end in `b`' }),
          kind: z.string(),
          date: z.string().nullable(),
          year: z.number().int().nullable(),
          sources: z.array(IdSchema),
        }),
      )
      .meta({ description: 'Dated ties by date first, then undated; each with the ids of its sources' }),
    sources: z.array(SourceSchema).meta({ description: 'The sources the listed ties cite' }),
  })
  .meta({ id: 'CountryPairTies' });
export type CountryPairTies = z.infer<typeof CountryPairTiesSchema>;

export const CountryPathSchema = z.object({ code: CountryKeySchema });

const CountryEntrySchema = CountryTiesSchema.shape.countries.element;

export const CountrySummarySchema = CountryEntrySchema.omit({ central: true })
  .extend({
    central: z.object({
      by: z.enum(['pagerank', 'ties']).meta({
        description:
          'pagerank: by the PageRank stored for the graph as it is now (computed on the whole graph); ties: by ties in the selection, the metrics being computed',
      }),
      places: z.array(
        PlaceRefSchema.extend({
          ties: z.number().int().meta({ description: 'Its ties in the selection' }),
          pagerank: z.number().nullable(),
          rankCountry: z.number().int().nullable(),
          rankWorld: z.number().int().nullable(),
        }),
      ),
    }),
    places: z.number().int().meta({ description: 'Its places with ties in the selection' }),
    computed: ComputedSchema,
  })
  .meta({ id: 'CountrySummary' });
export type CountrySummary = z.infer<typeof CountrySummarySchema>;
