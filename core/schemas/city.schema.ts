// Cities (and the districts/regions that twin like cities): search results, references and the detail view.
import { z } from 'zod';
import { CountryCodeSchema, IdSchema, SourceIdsSchema } from './common.schema.ts';
import { AgreementSchema } from './agreement.schema.ts';
import { ForumSchema } from './forum.schema.ts';
import { GraphLinkSchema } from './graph.schema.ts';
import { SourceSchema } from './source.schema.ts';

export const PlaceKindSchema = z.enum(['city', 'district', 'region']).meta({ description: 'What kind of place twins' });

export const CityRefSchema = z
  .object({
    id: IdSchema,
    nameRu: z.string().nullable(),
    nameEn: z.string().nullable(),
    country: CountryCodeSchema.nullable(),
    lat: z.number().nullable(),
    lon: z.number().nullable(),
  })
  .meta({ id: 'CityRef' });
export type CityRef = z.infer<typeof CityRefSchema>;

export const CitySchema = CityRefSchema.extend({
  kind: PlaceKindSchema,
  aliases: z.array(z.string()),
  region: z.string().nullable(),
  geonamesId: z.number().int().nullable(),
  wikidataId: z.string().nullable(),
  degree: z.number().int().meta({ description: 'Number of cities it has ties with' }),
  coordinatesSources: z.array(IdSchema).meta({
    description:
      'Ids of the sources giving lat/lon (empty when they are unknown): GeoNames for the curated cities; the imported file for places it created or located',
  }),
  sources: SourceIdsSchema,
}).meta({ id: 'City' });
export type City = z.infer<typeof CitySchema>;

export const CitySearchQuerySchema = z.object({
  q: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .optional()
    .meta({ description: 'Any name form: Russian, English, alias; case-, ё/е- and script-insensitive' }),
  country: CountryCodeSchema.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export const CitySearchResultSchema = z.object({ cities: z.array(CitySchema) }).meta({ id: 'CitySearchResult' });

export const TieSchema = GraphLinkSchema.pick({
  id: true,
  kind: true,
  kinds: true,
  date: true,
  datePrecision: true,
  year: true,
})
  .extend({
    city: CityRefSchema.meta({ description: 'The other city' }),
    sources: SourceIdsSchema,
    agreements: z.array(AgreementSchema),
  })
  .meta({ id: 'Tie', description: 'A tie between two cities, with the agreements that make it (if known)' });
export type Tie = z.infer<typeof TieSchema>;

export const PersonSchema = z
  .object({
    id: IdSchema,
    nameRu: z.string().nullable(),
    nameEn: z.string().nullable(),
    officeRu: z.string().nullable(),
    officeEn: z.string().nullable(),
    city: IdSchema.nullable(),
    roles: z.array(
      z.object({
        forum: IdSchema,
        delegation: IdSchema,
        role: z.string().nullable(),
        section: z.string().nullable(),
        proposals: z.array(z.string()),
      }),
    ),
    sources: SourceIdsSchema,
  })
  .meta({ id: 'Person' });

export const InvestmentSchema = z
  .object({
    id: IdSchema,
    amount: z.number(),
    approximate: z.boolean(),
    currency: z.string(),
    purposeRu: z.string().nullable(),
    purposeEn: z.string().nullable(),
    fromLabelRu: z.string().nullable(),
    fromLabelEn: z.string().nullable(),
    fromCountry: CountryCodeSchema.nullable(),
    to: IdSchema,
    reportedAt: z.string().nullable(),
    sources: SourceIdsSchema,
  })
  .meta({ id: 'Investment' });

export const BodySchema = z
  .object({
    id: IdSchema,
    kind: z.string(),
    nameRu: z.string().nullable(),
    nameEn: z.string().nullable(),
    sources: SourceIdsSchema,
  })
  .meta({ id: 'Body', description: 'A representative body or administration of a city' });

export const CityDetailSchema = z
  .object({
    city: CitySchema,
    bodies: z.array(BodySchema),
    ties: z.array(TieSchema),
    forumsHosted: z.array(ForumSchema),
    forumsAttended: z.array(ForumSchema.extend({ delegation: IdSchema })),
    people: z.array(PersonSchema),
    investments: z.array(InvestmentSchema),
    sources: z.array(SourceSchema).meta({ description: 'Every source cited anywhere in this response' }),
  })
  .meta({ id: 'CityDetail' });
export type CityDetail = z.infer<typeof CityDetailSchema>;
