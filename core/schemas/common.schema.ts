// Building blocks shared by every API and seed schema: ids, country codes, partial dates, kinds.
import { z } from 'zod';

export const IdSchema = z
  .string()
  .min(1)
  .max(160)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'an id is lower-case letters, digits and hyphens')
  .meta({ description: 'Stable readable id, e.g. `ru-kaluga`, `by-mogilev`', example: 'ru-kaluga' });

export const CountryCodeSchema = z
  .string()
  .regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code, e.g. RU')
  .meta({ description: 'ISO 3166-1 alpha-2 country code', example: 'BY' });

function isRealDate(s: string): boolean {
  const [y, m, d] = s.split('-').map(Number);
  if (m === undefined) return true;
  if (m < 1 || m > 12) return false;
  if (d === undefined) return true;
  const date = new Date(Date.UTC(y!, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** An ISO 8601 date that keeps its precision: `1992`, `2015-11` or `2012-03-15`. */
export const PartialDateSchema = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date as YYYY, YYYY-MM or YYYY-MM-DD')
  .refine(isRealDate, 'not a real calendar date')
  .meta({ description: 'ISO 8601 date at its known precision (YYYY, YYYY-MM or YYYY-MM-DD)', example: '2012-03-15' });

export const DatePrecisionSchema = z
  .enum(['year', 'month', 'day'])
  .meta({ description: 'How much of the date is known' });

export function datePrecision(date: string): z.infer<typeof DatePrecisionSchema> {
  return date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
}

export const AgreementKindSchema = z
  .enum(['twinning', 'partnership', 'cooperation'])
  .meta({ description: 'twinning (побратимство), partnership, or cooperation (e.g. between representative bodies)' });

/** The known tie kinds among `names` (a URL's list), in order; unknown ones dropped. */
export const agreementKinds = (names: readonly string[]) =>
  names.flatMap((name) => {
    const r = AgreementKindSchema.safeParse(name);
    return r.success ? [r.data] : [];
  });
export type AgreementKind = z.infer<typeof AgreementKindSchema>;

export const BodyKindSchema = z.enum(['city-duma', 'city-council', 'administration']);

export const LangSchema = z.enum(['ru', 'en']);
/** The one language type of the explorer, the embeds and the server's pages. */
export type Lang = z.infer<typeof LangSchema>;

/** Source ids a fact rests on; resolve them with `GET /api/sources/{id}` or the response's `sources` list. */
export const SourceIdsSchema = z.array(IdSchema).min(1).meta({ description: 'Ids of the sources stating this fact' });

export const YearSchema = z.coerce.number().int().min(1900).max(2100);

/** A comma-separated list in a query string (`RU,BY`), each item checked by `item`. */
export function commaList<T extends z.ZodType<unknown, string>>(item: T) {
  return z
    .string()
    .transform((s) =>
      s
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean),
    )
    .pipe(z.array(item).min(1).max(300));
}

/** Whether undated ties are kept. */
export const UndatedSchema = z.enum(['include', 'exclude']);
export type Undated = z.infer<typeof UndatedSchema>;

/** The check of a `from`–`to` year range, for `.refine`. */
export const yearRangeInOrder = [
  (q: { from?: number | undefined; to?: number | undefined }) =>
    q.from === undefined || q.to === undefined || q.from <= q.to,
  { message: 'from must not be after to', path: ['from'] as PropertyKey[] },
] as const;
