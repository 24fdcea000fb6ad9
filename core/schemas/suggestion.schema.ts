// Partnership suggestions (docs/suggestions.md): computed from the graph, never facts — no tie is stored, none is
// exported. A suggestion gives its rank and a plain-words strength, never a probability, and the reasons behind it.
import { z } from 'zod';
import { CountryCodeSchema, IdSchema } from './common.schema.ts';

export const SuggestionQuerySchema = z.object({
  country: CountryCodeSchema.optional().meta({ description: 'Only candidates in this country' }),
  limit: z.coerce.number().int().min(1).max(50).default(10).meta({ description: 'How many suggestions' }),
});
export type SuggestionQuery = z.infer<typeof SuggestionQuerySchema>;

export const SuggestionPairsQuerySchema = z.object({
  countries: z
    .string()
    .transform((s) => s.split(','))
    .pipe(z.array(CountryCodeSchema).length(2))
    .meta({ description: 'Two comma-separated ISO codes', example: 'RU,BY' }),
  limit: z.coerce.number().int().min(1).max(100).default(20).meta({ description: 'How many city pairs' }),
});
export type SuggestionPairsQuery = z.infer<typeof SuggestionPairsQuerySchema>;

export const SignalSchema = z
  .enum([
    'sharedPartners',
    'adamicAdar',
    'resourceAllocation',
    'paths3',
    'candidateDegree',
    'sourceDegree',
    'countryAffinity',
    'sameCountry',
    'sourcePartnersInCountry',
    'candidatePartnersInCountry',
    'sameCommunity',
    'degreeSimilarity',
    'distance',
    'distanceUnknown',
    'anySharedPartner',
    'anyPath3',
  ])
  .meta({ description: 'A signal of the model (docs/suggestions.md)' });
export type Signal = z.infer<typeof SignalSchema>;

const PlaceSchema = z.object({
  id: IdSchema,
  nameRu: z.string().nullable(),
  nameEn: z.string().nullable(),
  country: z.string().nullable(),
});

export const SuggestionReasonsSchema = z.object({
  sharedPartners: z.array(PlaceSchema).meta({ description: 'Partners of both cities (up to 5, by name)' }),
  sharedPartnerCount: z.number().int(),
  countryPairTies: z.number().int().meta({ description: 'Ties already between the two countries' }),
  countryPairRatio: z
    .number()
    .meta({ description: 'Those ties against what chance would give the two countries (1 = as by chance)' }),
  sameCommunity: z.boolean().meta({ description: 'Louvain puts both in one community of the network' }),
  distanceKm: z.number().nullable(),
  candidateDegree: z.number().int().meta({ description: "The candidate's ties" }),
  signals: z.array(SignalSchema).meta({ description: 'The signals that weigh most for this pair, strongest first' }),
});

export const SuggestionSchema = z
  .object({
    rank: z.number().int().min(1),
    city: PlaceSchema,
    strength: z.enum(['strong', 'moderate', 'weak']).meta({
      description:
        'strong: scored as high as the better half of the real ties hidden while fitting; moderate: as the better 80 %; weak: below',
    }),
    reasons: SuggestionReasonsSchema,
  })
  .meta({ id: 'Suggestion' });
export type Suggestion = z.infer<typeof SuggestionSchema>;

export const SuggestionListSchema = z
  .object({
    city: IdSchema,
    computed: z.literal(true).meta({ description: 'Suggestions are computed from the graph, not facts' }),
    stale: z.boolean().meta({
      description:
        'true while the model is refitted after a write (up to a minute): the previous model answered, with the ties made since left out',
    }),
    suggestions: z.array(SuggestionSchema),
  })
  .meta({ id: 'SuggestionList' });
export type SuggestionList = z.infer<typeof SuggestionListSchema>;

export const SuggestedPairSchema = SuggestionSchema.extend({ from: PlaceSchema }).meta({ id: 'SuggestedPair' });
export const SuggestedPairListSchema = z
  .object({
    countries: z.array(CountryCodeSchema),
    computed: z.literal(true),
    stale: z.boolean().meta({
      description:
        'true while the model is refitted after a write (up to a minute): the previous model answered, with the ties made since left out',
    }),
    pairs: z.array(SuggestedPairSchema),
  })
  .meta({ id: 'SuggestedPairList' });
export type SuggestedPairList = z.infer<typeof SuggestedPairListSchema>;
