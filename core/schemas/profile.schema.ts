// A city's profile (GET /api/cities/:id/profile): its partners by country and its ties over time (facts, each tie
// with its sources), the forums it hosted or attended, its metrics (computed) and the cities like it by network
// position (computed: cosine similarity of the sets of partners).
import { z } from 'zod';
import { CityMetricsAnswerSchema } from './analytics.schema.ts';
import { CityRefSchema } from './city.schema.ts';
import { IdSchema } from './common.schema.ts';
import { SourceSchema } from './source.schema.ts';

const TieSourcesSchema = z.array(IdSchema).meta({ description: 'Ids of the sources stating the tie' });

export const ProfilePartnerSchema = z.object({
  city: CityRefSchema,
  tie: z.string().meta({ description: 'The id of the tie with the profiled city' }),
  year: z.number().int().nullable().meta({ description: 'Year of the tie (null: undated)' }),
  sources: TieSourcesSchema,
});

export const CountryPartnersSchema = z
  .object({
    country: z.string().nullable().meta({ description: 'ISO code of the partners’ country (null: unknown)' }),
    partners: z.array(ProfilePartnerSchema),
  })
  .meta({ id: 'CountryPartners' });

export const ProfileForumSchema = z.object({
  id: IdSchema,
  edition: z.number().int(),
  editionRoman: z.string(),
  year: z.number().int().nullable(),
  role: z.enum(['host', 'guest']).meta({ description: 'host: held in the city; guest: the city sent a delegation' }),
  sources: z.array(IdSchema),
});

export const SimilarCitySchema = z
  .object({
    city: CityRefSchema,
    score: z.number().meta({ description: 'Cosine similarity of the two sets of partners: shared / √(ties × ties)' }),
    tied: z.boolean().meta({ description: 'The two cities are tied themselves' }),
    shared: z
      .array(z.object({ city: CityRefSchema, tie: z.string(), sources: TieSourcesSchema }))
      .meta({ description: 'The partners both have; tie and sources: the similar city’s tie with that partner' }),
  })
  .meta({ id: 'SimilarCity' });
export type SimilarCity = z.infer<typeof SimilarCitySchema>;

export const CityProfileSchema = z
  .object({
    city: CityRefSchema,
    partners: z.array(CountryPartnersSchema).meta({ description: 'Partners grouped by country, most first' }),
    years: z.object({
      dated: z
        .array(z.object({ year: z.number().int(), ties: z.number().int() }))
        .meta({ description: 'Dated ties per year, in time order' }),
      undated: z.number().int().meta({ description: 'Ties with no known year, counted apart' }),
    }),
    forums: z.array(ProfileForumSchema).meta({ description: 'Forum editions it hosted or attended, by edition' }),
    metrics: CityMetricsAnswerSchema,
    similar: z
      .object({
        method: z.string(),
        by: z.string().meta({ description: 'Computed by Pobratim from the graph, not stated by any source' }),
        cities: z.array(SimilarCitySchema),
      })
      .meta({ description: 'Cities like it by network position — computed, not ties and not facts' }),
    sources: z.array(SourceSchema).meta({ description: 'Every source cited by the profile' }),
  })
  .meta({ id: 'CityProfile' });
export type CityProfile = z.infer<typeof CityProfileSchema>;
