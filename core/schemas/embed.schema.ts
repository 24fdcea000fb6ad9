// The embed's view (what /embed, the snapshots and oEmbed draw), pinned stories and the oEmbed answer.
// The data part mirrors GET /api/graph; the rest is presentation (language, layout, controls).
import { z } from 'zod';
import { AgreementKindSchema, CountryCodeSchema, IdSchema, LangSchema, yearRangeInOrder } from './common.schema.ts';
import { GraphFilterSchema, GraphSchema } from './graph.schema.ts';
import { ColourBySchema } from './style.schema.ts';

const { focus, depth, country, kind, from, to, undated } = GraphFilterSchema.shape;

/** The data a view selects: the same filters as GET /api/graph, with a smaller link cap for embeds. */
// The fields in the order stories have always been hashed in (embed.service.ts `pin`).
export const ViewDataSchema = z.object({
  focus,
  depth,
  country,
  kind,
  from,
  to,
  undated,
  limit: z.coerce.number().int().min(1).max(2000).default(500).meta({ description: 'Maximum number of links drawn' }),
});

/** Length caps of the journalist's own words on an embed (title, subtitle, note). */
export const EMBED_TEXT_MAX = { title: 120, subtitle: 200, note: 500 } as const;
// One line of plain text: no control characters (newlines included) and no bidirectional overrides, which could
// make the words read differently from what they are; the page and the snapshot escape it as text.
const UNSAFE_TEXT = /[\p{Cc}\u202a-\u202e\u2066-\u2069]/u;
const embedText = (max: number, description: string) =>
  z
    .string()
    .trim()
    .min(1, 'leave it out rather than empty')
    .max(max, `at most ${max} characters`)
    .refine((s) => !UNSAFE_TEXT.test(s), 'one line of text: no control or bidirectional-override characters')
    .optional()
    .meta({ description });

export const EmbedQuerySchema = ViewDataSchema.extend({
  story: z
    .string()
    .regex(/^[a-f0-9]{16}$/, 'a story id is 16 hex digits')
    .optional()
    .meta({ description: 'A pinned story: its frozen data replaces the filters' }),
  lang: LangSchema.default('ru'),
  layout: z
    .enum(['force', 'map'])
    .default('force')
    .meta({ description: 'force: seeded force layout; map: positions from coordinates' }),
  controls: z.enum(['0', '1']).default('1').meta({ description: 'Zoom buttons on (1) or off (0)' }),
  colour: ColourBySchema.default('country'),
  title: embedText(EMBED_TEXT_MAX.title, "The embed's title, in place of the generated one (plain text)"),
  subtitle: embedText(EMBED_TEXT_MAX.subtitle, 'A line under the title (plain text)'),
  note: embedText(EMBED_TEXT_MAX.note, 'A note above the credits, e.g. what the reader should look at (plain text)'),
}).refine(...yearRangeInOrder);
export type EmbedQuery = z.output<typeof EmbedQuerySchema>;
export type ViewData = z.output<typeof ViewDataSchema>;

export const StoryCreateSchema = ViewDataSchema.extend({
  country: z.array(CountryCodeSchema).min(1).max(300).optional(),
  kind: z.array(AgreementKindSchema).min(1).max(20).optional(),
})
  .strict()
  .refine(...yearRangeInOrder);

/** A forum edition an embed marks on its host (a shown city), as the explorer's canvas does. */
export const EmbedForumSchema = z
  .object({
    id: IdSchema,
    edition: z.number().int().min(1),
    editionRoman: z.string(),
    year: z.number().int().nullable().meta({ description: 'null: the year is not known (shown with undated data)' }),
    host: z.object({ id: IdSchema }),
  })
  .meta({ id: 'EmbedForum' });
export type EmbedForum = z.infer<typeof EmbedForumSchema>;

export const StorySchema = z
  .object({
    id: z.string().meta({ description: 'sha-256 of the frozen view and data (16 hex digits)' }),
    pinnedAt: z.string().meta({ description: 'When the data was frozen (ISO 8601)' }),
    view: z.record(z.string(), z.unknown()).meta({ description: 'The data filters of the view' }),
    graph: GraphSchema,
    forums: z.array(EmbedForumSchema).default([]).meta({
      description:
        'Forum editions marked on their hosts, frozen with the data (empty for stories pinned before forums were marked)',
    }),
  })
  .meta({ id: 'Story' });
export type Story = z.infer<typeof StorySchema>;

export const OembedQuerySchema = z.object({
  url: z.string().min(1).max(2000),
  maxwidth: z.coerce.number().int().min(50).max(4000).optional(),
  maxheight: z.coerce.number().int().min(50).max(4000).optional(),
  format: z.enum(['json', 'xml']).default('json'),
});

export const OembedSchema = z
  .object({
    type: z.literal('rich'),
    version: z.literal('1.0'),
    title: z.string(),
    provider_name: z.string(),
    provider_url: z.string(),
    html: z.string(),
    width: z.number().int(),
    height: z.number().int(),
    thumbnail_url: z.string(),
    thumbnail_width: z.number().int(),
    thumbnail_height: z.number().int(),
  })
  .meta({ id: 'Oembed' });
export type Oembed = z.infer<typeof OembedSchema>;
