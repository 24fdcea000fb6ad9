// Agreements: signed documents between cities or their bodies, with kind, date precision and sources.
import { z } from 'zod';
import {
  AgreementKindSchema,
  CountryCodeSchema,
  DatePrecisionSchema,
  IdSchema,
  PartialDateSchema,
  SourceIdsSchema,
  YearSchema,
  yearRangeInOrder,
} from './common.schema.ts';

export const PartySchema = z
  .object({
    id: IdSchema,
    type: z.enum(['city', 'body']),
    kind: z
      .string()
      .nullable()
      .meta({ description: 'Body kind (city-duma, city-council, administration); null for a city' }),
    nameRu: z.string().nullable(),
    nameEn: z.string().nullable(),
    city: IdSchema.meta({ description: 'The city itself, or the city of the body' }),
    country: CountryCodeSchema.nullable(),
  })
  .meta({ id: 'Party' });

export const AgreementSchema = z
  .object({
    id: IdSchema,
    kind: AgreementKindSchema,
    date: PartialDateSchema.nullable(),
    datePrecision: DatePrecisionSchema.nullable(),
    year: z.number().int().nullable(),
    parties: z.array(PartySchema),
    note: z.string().nullable(),
    sources: SourceIdsSchema,
  })
  .meta({ id: 'Agreement' });
export type Agreement = z.infer<typeof AgreementSchema>;

export const AgreementQuerySchema = z
  .object({
    city: IdSchema.optional(),
    kind: AgreementKindSchema.optional(),
    from: YearSchema.optional().meta({
      description: 'Earliest year (inclusive); undated agreements are left out when set',
    }),
    to: YearSchema.optional().meta({
      description: 'Latest year (inclusive); undated agreements are left out when set',
    }),
  })
  .refine(...yearRangeInOrder);

export const AgreementListSchema = z.object({ agreements: z.array(AgreementSchema) }).meta({ id: 'AgreementList' });
