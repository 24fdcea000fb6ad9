// Network analytics (docs/analytics.md): whole-graph figures of any /api/graph selection, and the per-city metrics
// stored on City nodes. Every figure here is computed by Pobratim from the graph, not sourced.
import { z } from 'zod';
import { IdSchema, yearRangeInOrder } from './common.schema.ts';
import { GraphFilterSchema } from './graph.schema.ts';

/** The filters of /api/graph; the limit defaults to the largest, so the unfiltered figures are the world's.
 *  Unrefined, for the analytics queries that add fields (country-analytics.schema.ts). */
export const AnalyticsFilterSchema = GraphFilterSchema.extend({
  limit: GraphFilterSchema.shape.limit.unwrap().default(50000),
});
export const AnalyticsQuerySchema = AnalyticsFilterSchema.refine(...yearRangeInOrder);
export type AnalyticsQuery = z.infer<typeof AnalyticsQuerySchema>;

const Ratio = z.number().nullable();

/** A figure over the largest component's shortest paths: exact, or estimated from breadth-first searches out of
 *  `sources` sampled places (seeded, so the same graph gives the same estimate). */
const DistanceFigureSchema = z.object({
  value: z.number().nullable(),
  exact: z.boolean(),
  sources: z.number().int().meta({ description: 'Places the searches started from (all of the component when exact)' }),
  upperBound: z.number().nullable().optional().meta({ description: 'Diameter only: it is at most this' }),
});

export const GraphFiguresSchema = z
  .object({
    places: z.number().int(),
    ties: z.number().int(),
    density: Ratio,
    components: z.number().int(),
    largestComponent: z.object({ places: z.number().int(), ties: z.number().int() }),
    degree: z.object({
      mean: z.number(),
      max: z.number().int(),
      distribution: z.array(z.object({ degree: z.number().int(), count: z.number().int() })),
      powerLaw: z
        .object({
          alpha: z.number(),
          kMin: z.number().int(),
          tail: z.number().int().meta({ description: 'Places with degree ≥ kMin the fit is made on' }),
          ks: z.number().meta({ description: 'Kolmogorov–Smirnov distance of the fit' }),
        })
        .nullable()
        .meta({ description: 'Discrete power law P(k) ∝ k^-alpha for k ≥ kMin, maximum likelihood (Clauset et al.)' }),
    }),
    assortativity: Ratio.meta({ description: 'Degree assortativity (Pearson r of the degrees at both ends of a tie)' }),
    averageClustering: Ratio,
    transitivity: Ratio,
    triangles: z.number().int(),
    diameter: DistanceFigureSchema,
    meanDistance: DistanceFigureSchema,
  })
  .meta({ id: 'GraphFigures' });
export type GraphFigures = z.infer<typeof GraphFiguresSchema>;

export const ComputedSchema = z
  .object({
    by: z.string().meta({ example: 'Pobratim (graphology)' }),
    graphAt: z.string().meta({ description: 'The marker of the last graph commit the figures were computed from' }),
    ms: z.number().meta({ description: 'Time it took to compute' }),
  })
  .meta({ description: 'Computed by Pobratim from the graph, not stated by any source' });

export const AnalyticsSchema = z
  .object({
    figures: GraphFiguresSchema,
    truncated: z.boolean().meta({ description: 'The selection had more ties than `limit`: figures are of the first' }),
    computed: ComputedSchema,
  })
  .meta({ id: 'Analytics' });
export type Analytics = z.infer<typeof AnalyticsSchema>;

export const CityMetricsSchema = z
  .object({
    id: IdSchema,
    degree: z.number().int(),
    pagerank: z.number(),
    pagerankWeighted: z.number().meta({ description: 'PageRank with each tie weighted by its number of agreements' }),
    betweenness: z.number().meta({ description: 'Normalised betweenness (sampled on large graphs)' }),
    closeness: z.number().meta({ description: 'Closeness within the city’s connected component' }),
    community: z.number().int().meta({ description: 'Louvain community, numbered by size (0: the largest)' }),
    component: z.number().int().meta({ description: 'Connected component, numbered by size (0: the largest)' }),
    rankWorld: z.number().int().meta({ description: 'Rank by PageRank among all places (1: the most central)' }),
    rankCountry: z.number().int().meta({ description: 'Rank by PageRank among the places of its country' }),
  })
  .meta({ id: 'CityMetrics' });
export type CityMetrics = z.infer<typeof CityMetricsSchema>;

/** How the stored metrics were computed (the whole graph, all of them at once). */
export const MetricsRunSchema = z.object({
  communities: z.number().int(),
  modularity: z.number(),
  betweennessSources: z.number().int().meta({ description: 'Sampled sources of betweenness (all places: exact)' }),
  closenessSources: z.number().int(),
  exact: z.boolean(),
});
export type MetricsRun = z.infer<typeof MetricsRunSchema>;

export const CityMetricsAnswerSchema = z
  .object({
    status: z.enum(['fresh', 'computing']).meta({
      description:
        'computing: the graph changed since the metrics were stored; they are recomputed off the request path',
    }),
    metrics: CityMetricsSchema.nullable(),
    countryPlaces: z.number().int().nullable(),
    computed: ComputedSchema.nullable(),
  })
  .meta({ id: 'CityMetricsAnswer' });
export type CityMetricsAnswer = z.infer<typeof CityMetricsAnswerSchema>;

/** Ties between countries (issue 18 §3) in a selection: the matrix as pairs, and each country's summary. */
export const CountryTiesSchema = z
  .object({
    pairs: z.array(z.object({ a: z.string(), b: z.string(), ties: z.number().int() })).meta({
      description: 'Country pairs (a ≤ b; a = b: ties inside a country) with their number of ties, most first',
    }),
    countries: z.array(
      z.object({
        country: z.string(),
        ties: z.number().int(),
        partners: z.array(z.object({ country: z.string(), ties: z.number().int() })),
        decades: z
          .array(z.object({ decade: z.number().int(), ties: z.number().int() }))
          .meta({ description: 'Dated ties by the decade of their year' }),
        undated: z.number().int(),
        central: z
          .array(z.object({ id: IdSchema, degree: z.number().int() }))
          .meta({ description: 'Its 5 places with the most ties in the selection' }),
      }),
    ),
    computed: ComputedSchema,
  })
  .meta({ id: 'CountryTies' });
export type CountryTies = z.infer<typeof CountryTiesSchema>;
