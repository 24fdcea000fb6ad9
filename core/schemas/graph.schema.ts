// The graph wire format: nodes and links (d3-force friendly), with the filters that select them.
import { z } from 'zod';
import {
  AgreementKindSchema,
  CountryCodeSchema,
  DatePrecisionSchema,
  IdSchema,
  UndatedSchema,
  YearSchema,
  commaList,
  yearRangeInOrder,
} from './common.schema.ts';

/** The filters of GET /api/graph; the data part of an embed's view takes the same fields (embed.schema.ts). */
export const GraphFilterSchema = z.object({
  country: commaList(CountryCodeSchema)
    .optional()
    .meta({ description: 'Comma-separated ISO codes; only ties with both ends in these countries', example: 'RU,BY' }),
  kind: commaList(AgreementKindSchema).optional().meta({ description: 'Comma-separated tie kinds' }),
  from: YearSchema.optional().meta({ description: 'Only ties dated in or after this year' }),
  to: YearSchema.optional().meta({ description: 'Only ties dated in or before this year' }),
  undated: UndatedSchema.default('include').meta({ description: 'Whether undated ties are kept (never given a year)' }),
  focus: IdSchema.optional().meta({ description: 'Only the neighbourhood of this city' }),
  depth: z.coerce.number().int().min(1).max(3).default(1).meta({ description: 'Steps from the focus city' }),
  limit: z.coerce.number().int().min(1).max(50000).default(30000).meta({ description: 'Maximum number of links' }),
});
export const GraphQuerySchema = GraphFilterSchema.refine(...yearRangeInOrder);
export type GraphQuery = z.infer<typeof GraphQuerySchema>;

export const GraphNodeSchema = z
  .object({
    id: IdSchema,
    type: z.string().meta({ description: 'city, district or region' }),
    nameRu: z.string().nullable(),
    nameEn: z.string().nullable(),
    country: z.string().nullable(),
    lat: z.number().nullable(),
    lon: z.number().nullable(),
    degree: z.number().int().meta({ description: 'All ties of the city in the graph, not only those shown' }),
    // Computed, not sourced (docs/analytics.md): the stored metrics of the graph as it is now, rounded to 3
    // significant digits to keep the world's payload small; left out (or null) until computed for this graph.
    community: z.number().int().nullish().meta({
      description:
        'Computed by Pobratim (Louvain, seeded), not stated by a source: the community, numbered by size (0 the largest); absent until computed for the current graph',
    }),
    pagerank: z.number().nullish().meta({
      description:
        'Computed by Pobratim, not stated by a source: PageRank (α 0.85), 3 significant digits; absent until computed',
    }),
    pagerankWeighted: z.number().nullish().meta({
      description:
        'Computed by Pobratim, not stated by a source: PageRank with each tie weighted by its agreements, 3 significant digits; absent until computed',
    }),
    betweenness: z.number().nullish().meta({
      description:
        'Computed by Pobratim, not stated by a source: normalised betweenness (sampled on the world), 3 significant digits; absent until computed',
    }),
    closeness: z.number().nullish().meta({
      description:
        'Computed by Pobratim, not stated by a source: closeness within the place’s component (sampled in the world’s largest), 3 significant digits; absent until computed',
    }),
  })
  .meta({ id: 'GraphNode' });
export type GraphNode = z.infer<typeof GraphNodeSchema>;

export const GraphLinkSchema = z
  .object({
    id: z.string(),
    source: IdSchema,
    target: IdSchema,
    kind: z.string(),
    kinds: z.array(z.string()),
    date: z.string().nullable(),
    datePrecision: DatePrecisionSchema.nullable(),
    year: z.number().int().nullable(),
    agreements: z.array(IdSchema),
    sources: z.array(IdSchema),
  })
  .meta({ id: 'GraphLink' });
export type GraphLink = z.infer<typeof GraphLinkSchema>;

export const GraphSchema = z
  .object({
    nodes: z.array(GraphNodeSchema),
    links: z.array(GraphLinkSchema),
    truncated: z.boolean(),
    attribution: z.array(z.string()).meta({ description: 'Credits required by the licences of the data shown' }),
  })
  .meta({ id: 'Graph' });
export type Graph = z.infer<typeof GraphSchema>;
