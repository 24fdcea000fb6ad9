// The import contract: the two CSV column sets a file may use, one row of each (validated with zod), the
// query of POST /api/import, and the report every run returns (dry run or not).
import { z } from 'zod';
import { PlaceKindSchema } from './city.schema.ts';
import { AgreementKindSchema, IdSchema, PartialDateSchema } from './common.schema.ts';

/** The world file's own columns (Wikipedia's lists as compiled by Hekman/twincities). */
export const worldColumns = ['city1', 'country1', 'lat1', 'lng1', 'city2', 'country2', 'lat2', 'lng2'] as const;
/** The richer column set: ids, kinds, a date and sources. `npm run export -- --format csv` writes it. */
export const richColumns = [
  'id1',
  'city1',
  'country1',
  'lat1',
  'lng1',
  'kind1',
  'id2',
  'city2',
  'country2',
  'lat2',
  'lng2',
  'kind2',
  'tie_kind',
  'tie_kinds',
  'date',
  'source_ids',
  'source_url',
  'source_title',
] as const;
/** Columns the importer reads past (the export adds the licence credit of each row's sources). */
export const ignoredColumns = ['licence'] as const;

const name = z.string().trim().min(1, 'empty name').max(200, 'name longer than 200 characters');
const coordinate = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'missing coordinate')
    .pipe(
      z.coerce
        .number<string>()
        .refine(Number.isFinite, 'not a number')
        .refine((v) => Math.abs(v) <= max, `must be between -${max} and ${max}`),
    );
const optionalCoordinate = (max: number) =>
  z
    .string()
    .trim()
    .transform((s) => (s === '' ? undefined : s))
    .pipe(
      z.coerce
        .number<string>()
        .refine(Number.isFinite, 'not a number')
        .refine((v) => Math.abs(v) <= max, `must be between -${max} and ${max}`)
        .optional(),
    );
const optional = <T extends z.ZodType<unknown, string>>(schema: T) =>
  z
    .string()
    .trim()
    .transform((s) => (s === '' ? undefined : s))
    .pipe(schema.optional());
const list = <T extends z.ZodType<unknown, string>>(item: T) =>
  z
    .string()
    .trim()
    .transform((s) =>
      s
        .split(';')
        .map((x) => x.trim())
        .filter(Boolean),
    )
    .pipe(z.array(item));

const country = z.string().trim().max(100);
const kind = optional(PlaceKindSchema);
const id = optional(IdSchema);

export const WorldRowSchema = z.object({
  city1: name,
  country1: country,
  lat1: coordinate(90),
  lng1: coordinate(180),
  city2: name,
  country2: country,
  lat2: coordinate(90),
  lng2: coordinate(180),
});

export const RichRowSchema = z
  .object({
    id1: id,
    city1: name,
    country1: country,
    lat1: optionalCoordinate(90),
    lng1: optionalCoordinate(180),
    kind1: kind,
    id2: id,
    city2: name,
    country2: country,
    lat2: optionalCoordinate(90),
    lng2: optionalCoordinate(180),
    kind2: kind,
    tie_kind: optional(AgreementKindSchema),
    tie_kinds: list(AgreementKindSchema),
    date: optional(PartialDateSchema),
    source_ids: list(IdSchema),
    source_url: optional(z.url({ protocol: /^https?$/ })),
    source_title: optional(z.string().max(500)),
  })
  .refine((r) => r.source_ids.length > 0 || r.source_url !== undefined, {
    message: 'a tie needs a source: source_ids or source_url',
    path: ['source_ids'],
  });

/** One place as a row states it, before resolution. */
export interface RowPlace {
  id?: string;
  name: string;
  country: string;
  lat: number | null;
  lon: number | null;
  kind?: z.infer<typeof PlaceKindSchema>;
}

/** One accepted row: two places, the tie's kind/date and its sources. */
export interface ImportRow {
  line: number;
  a: RowPlace;
  b: RowPlace;
  tieKind: z.infer<typeof AgreementKindSchema>;
  tieKinds: Array<z.infer<typeof AgreementKindSchema>>;
  date?: string;
  sourceIds: string[];
  source?: { url: string; title?: string };
}

export const ImportQuerySchema = z.object({
  dryRun: z
    .enum(['true', 'false', '1', '0'])
    .default('false')
    .transform((v) => v === 'true' || v === '1')
    .meta({ description: 'Report without writing anything' }),
});

const PlaceRefSchema = z.object({
  name: z.string(),
  country: z.string(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
});

export const ImportReportSchema = z
  .object({
    dryRun: z.boolean(),
    format: z.enum(['world', 'rich']),
    rowsRead: z.number().int(),
    rowsAccepted: z.number().int().meta({ description: 'Rows that became a tie (created or already present)' }),
    cities: z.object({
      created: z.number().int(),
      matched: z.number().int(),
      aliasesAdded: z.number().int(),
      located: z.number().int().meta({
        description: "Existing cities without coordinates that gained the file's (all its rows agreeing within 30 km)",
      }),
    }),
    countriesCreated: z.number().int(),
    ties: z.object({
      created: z.number().int(),
      alreadyPresent: z.number().int(),
      sourceAdded: z
        .number()
        .int()
        .meta({ description: 'Ties already present that now also cite this import’s source' }),
      duplicateRows: z.number().int().meta({ description: 'Rows repeating a pair earlier in the file (either order)' }),
    }),
    rejected: z
      .array(z.object({ line: z.number().int(), reason: z.string() }))
      .meta({ description: 'At most 1000, in file order' }),
    rejectedCount: z.number().int(),
    ambiguous: z
      .array(z.object({ line: z.number().int(), place: PlaceRefSchema, candidates: z.array(IdSchema) }))
      .meta({ description: 'Places matching several cities: listed, never guessed; their rows are not imported' }),
    ms: z.number().int(),
  })
  .meta({ id: 'ImportReport' });
export type ImportReport = z.infer<typeof ImportReportSchema>;
