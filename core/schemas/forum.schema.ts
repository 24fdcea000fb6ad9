// Forums of twin cities: editions with their dates (at known precision), hosts, themes and delegations.
import { z } from 'zod';
import { DatePrecisionSchema, IdSchema, PartialDateSchema, SourceIdsSchema } from './common.schema.ts';
import { SourceSchema } from './source.schema.ts';

const CityRefLite = z.object({
  id: IdSchema,
  nameRu: z.string().nullable(),
  nameEn: z.string().nullable(),
  country: z.string().nullable(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
});

export const ForumSchema = z
  .object({
    id: IdSchema,
    edition: z.number().int().min(1),
    editionRoman: z.string(),
    startDate: PartialDateSchema.nullable(),
    endDate: PartialDateSchema.nullable(),
    datePrecision: DatePrecisionSchema.nullable(),
    dateNote: z.string().nullable(),
    year: z.number().int().nullable(),
    host: CityRefLite.nullable(),
    theme: z.string().nullable(),
    topics: z.array(z.string()),
    sections: z.array(z.string()),
    participants: z.number().int().nullable(),
    participantsApprox: z.boolean(),
    citiesRu: z.number().int().nullable(),
    citiesBy: z.number().int().nullable(),
    note: z.string().nullable(),
    sources: SourceIdsSchema,
  })
  .meta({ id: 'Forum', description: 'One edition of the forum of twin cities of Russia and Belarus' });
export type Forum = z.infer<typeof ForumSchema>;

export const DelegationSchema = z
  .object({
    id: IdSchema,
    city: CityRefLite,
    note: z.string().nullable(),
    members: z.array(
      z.object({
        person: z.object({
          id: IdSchema,
          nameRu: z.string().nullable(),
          nameEn: z.string().nullable(),
          officeRu: z.string().nullable(),
          officeEn: z.string().nullable(),
        }),
        role: z.string().nullable(),
        section: z.string().nullable(),
        proposals: z.array(z.string()),
      }),
    ),
    sources: SourceIdsSchema,
  })
  .meta({ id: 'Delegation' });

export const ForumListSchema = z
  .object({
    forums: z.array(ForumSchema),
    missingEditions: z
      .array(z.number().int())
      .meta({ description: 'Editions no source was found for (gaps, not zero)' }),
  })
  .meta({ id: 'ForumList' });

export const ForumDetailSchema = z
  .object({ forum: ForumSchema, delegations: z.array(DelegationSchema), sources: z.array(SourceSchema) })
  .meta({ id: 'ForumDetail' });
