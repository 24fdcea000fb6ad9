// The OpenAPI 3.1 document, generated from the same zod schemas that validate requests and responses.
import { createDocument } from 'zod-openapi';
import { z } from 'zod';
import { embedOpenApiPaths } from '../embed/embed.openapi.ts';
import { AgreementListSchema, AgreementQuerySchema } from '../../core/schemas/agreement.schema.ts';
import { CityDetailSchema, CitySearchQuerySchema, CitySearchResultSchema } from '../../core/schemas/city.schema.ts';
import { IdSchema } from '../../core/schemas/common.schema.ts';
import {
  CypherRequestSchema,
  CypherResultSchema,
  CypherSchemaInfoSchema,
} from '../../core/schemas/cypher-console.schema.ts';
import { ErrorSchema } from '../../core/schemas/error.schema.ts';
import { ForumDetailSchema, ForumListSchema } from '../../core/schemas/forum.schema.ts';
import { GraphQuerySchema, GraphSchema } from '../../core/schemas/graph.schema.ts';
import { ExportFormatSchema } from '../export/export.routes.ts';
import { ImportQuerySchema, ImportReportSchema } from '../../core/schemas/import.schema.ts';
import { HealthSchema } from '../../core/schemas/health.schema.ts';
import { ReadySchema } from '../../core/schemas/ready.schema.ts';
import { PathQuerySchema, PathSchema } from '../../core/schemas/path.schema.ts';
import { CityProfileSchema } from '../../core/schemas/profile.schema.ts';
import {
  AnalyticsQuerySchema,
  AnalyticsSchema,
  CityMetricsAnswerSchema,
  CountryTiesSchema,
} from '../../core/schemas/analytics.schema.ts';
import {
  CountryPairTiesSchema,
  CountryPairsQuerySchema,
  CountryPathSchema,
  CountrySummarySchema,
} from '../../core/schemas/country-analytics.schema.ts';
import { SourceDetailSchema, SourceListSchema } from '../../core/schemas/source.schema.ts';
import {
  SuggestedPairListSchema,
  SuggestionListSchema,
  SuggestionPairsQuerySchema,
  SuggestionQuerySchema,
} from '../../core/schemas/suggestion.schema.ts';

const json = (schema: z.ZodType, description: string) => ({ description, content: { 'application/json': { schema } } });
const errors = {
  400: json(ErrorSchema, 'Bad parameters; the message names the field'),
  404: json(ErrorSchema, 'No such resource'),
  503: json(ErrorSchema, 'The database is unreachable'),
};
const idPath = z.object({ id: IdSchema });

function get(summary: string, response: z.ZodType, params: { query?: z.ZodObject; path?: z.ZodObject } = {}) {
  return {
    get: {
      summary,
      requestParams: {
        ...(params.query ? { query: params.query } : {}),
        ...(params.path ? { path: params.path } : {}),
      },
      responses: { 200: json(response, 'OK'), ...errors },
    },
  };
}

let cached: object | undefined;

export function openApiDocument(): object {
  cached ??= createDocument({
    openapi: '3.1.0',
    info: {
      title: 'Pobratim API',
      version: '1.0.0',
      description:
        'Twin-city ties, agreements, forums and their sources, from a Neo4j graph. Every error is `{ "error": { "code", "message", "details"? } }`.',
      license: {
        name: 'Code: see repository; world data CC BY-SA 4.0 (Wikipedia contributors) and ODbL (© OpenStreetMap contributors)',
      },
    },
    paths: {
      '/api/health': get(
        'Liveness: the process answers; 200 with the database version, 503 with the reason while the database is down or frozen',
        HealthSchema,
      ),
      '/api/ready': get(
        'Readiness: 503 until the schema and the curated graph are loaded (or while the database is down); `world` says whether the world network is still importing',
        ReadySchema,
      ),
      '/api/cities': get('Find cities by any name form', CitySearchResultSchema, { query: CitySearchQuerySchema }),
      '/api/cities/{id}': get(
        'A city with its ties, agreements, forums, people, investments and sources',
        CityDetailSchema,
        { path: idPath },
      ),
      '/api/cities/{id}/suggestions': get(
        'Computed partnership suggestions for a city (not ties, never stored or exported): rank, strength in words and reasons',
        SuggestionListSchema,
        { path: idPath, query: SuggestionQuerySchema },
      ),
      '/api/cities/{id}/profile': get(
        "A city's profile: partners by country and ties by year (each tie with its sources), forums hosted or attended, its metrics and ranks, and the cities like it by network position (computed: cosine similarity of their partners)",
        CityProfileSchema,
        { path: idPath },
      ),
      '/api/suggestions/pairs': get(
        'Computed partnership suggestions between the cities of two countries, strongest first',
        SuggestedPairListSchema,
        { query: SuggestionPairsQuerySchema },
      ),
      '/api/graph': get('Nodes and links of the (filtered) twin-city network', GraphSchema, {
        query: GraphQuerySchema,
      }),
      '/api/graph.columns.json.gz': {
        get: {
          summary:
            'The same graph as /api/graph in columns (GraphColumns: one array per field, link ends as node positions, few-valued fields indexed; ~2 MB of JSON for the world instead of 9.3) as a gzip file (application/gzip, no Content-Encoding), for clients that unpack it themselves — the explorer does',
          requestParams: { query: GraphQuerySchema },
          responses: {
            200: { description: 'The gzipped JSON of a GraphColumns', content: { 'application/gzip': {} } },
            ...errors,
          },
        },
      },
      '/api/analytics': get(
        'Network figures of the (filtered) graph: components, degrees and their power law, assortativity, clustering, triangles, distances — computed, cached until the graph changes',
        AnalyticsSchema,
        { query: AnalyticsQuerySchema },
      ),
      '/api/analytics/countries': get(
        'Ties between countries in the (filtered) graph: country pairs with counts; per country its partners ranked, ties per decade (undated apart) and its places with most ties',
        CountryTiesSchema,
        { query: AnalyticsQuerySchema },
      ),
      '/api/analytics/countries/pairs': get(
        'The ties between countries `a` and `b` (a chord of the country view) in the (filtered) graph, with the names of their places, their dates and sources; 400 on a bad code',
        CountryPairTiesSchema,
        { query: CountryPairsQuerySchema },
      ),
      '/api/analytics/countries/{code}': get(
        'One country in the (filtered) graph: its partner countries ranked, ties per decade (undated apart) and its most central places — by the stored PageRank when it is of the graph as it is now, else by ties, saying which',
        CountrySummarySchema,
        { query: AnalyticsQuerySchema, path: CountryPathSchema },
      ),
      '/api/analytics/cities/{id}': get(
        "A city's stored centrality, community and ranks — or `computing` while the graph's change is being taken in",
        CityMetricsAnswerSchema,
        { path: idPath },
      ),
      '/api/forums': get('Forum editions (missing editions listed as gaps)', ForumListSchema),
      '/api/forums/{id}': get('One forum edition with its delegations', ForumDetailSchema, { path: idPath }),
      '/api/agreements': get('Agreements between cities or their bodies', AgreementListSchema, {
        query: AgreementQuerySchema,
      }),
      '/api/path': get('Shortest chain of ties between two cities', PathSchema, { query: PathQuerySchema }),
      '/api/sources': get('All sources with the number of facts citing each', SourceListSchema),
      '/api/sources/{id}': get('One source and the facts it supports', SourceDetailSchema, { path: idPath }),
      '/api/cypher': {
        post: {
          summary: "Run one read-only Cypher query (the researchers' console)",
          description:
            'Refused with a 4xx whose message says why: 400 syntax_error / query_error / multiple_statements, 403 write_refused / schema_refused / admin_refused / procedure_refused / load_csv_refused, 408 query_timeout, 413 query_too_long, 422 memory_limit, 429 rate_limited.',
          requestBody: { content: { 'application/json': { schema: CypherRequestSchema } } },
          responses: {
            200: json(CypherResultSchema, 'Columns, rows, the graph in the rows, and a summary'),
            400: json(ErrorSchema, 'Not valid Cypher, or Neo4j refused it; details.position says where'),
            403: json(
              ErrorSchema,
              'Not read-only: writes, schema or administration commands, LOAD CSV, procedures outside the allow-list',
            ),
            408: json(ErrorSchema, 'The query ran past the timeout and was stopped'),
            413: json(ErrorSchema, 'The query text is too long'),
            429: json(ErrorSchema, 'Too many console queries from this client'),
            503: errors[503],
          },
        },
      },
      '/api/cypher/schema': get(
        "Labels, relationship types and property keys with counts (the console's schema panel)",
        CypherSchemaInfoSchema,
      ),
      '/api/export': {
        get: {
          summary:
            'The (filtered) network as GraphML, GEXF, CSV (the importer’s richer columns) or JSON, streamed as a download',
          requestParams: { query: ExportFormatSchema.extend(GraphQuerySchema.shape) },
          responses: {
            200: {
              description: 'The export; its attribution (licence credits) is inside the file',
              content: {
                'application/graphml+xml': {},
                'application/gexf+xml': {},
                'text/csv': {},
                'application/json': { schema: GraphSchema },
              },
            },
            ...errors,
            429: json(
              ErrorSchema,
              'This client already runs as many exports as it may at once (EXPORT_MAX_PER_CLIENT); see Retry-After',
            ),
            503: json(
              ErrorSchema,
              'The database is unreachable, or the server runs as many exports as it may (EXPORT_MAX_TOTAL); see Retry-After',
            ),
          },
        },
      },
      '/api/import': {
        post: {
          summary: 'Import a CSV file (world columns or the richer set); admin only: Authorization: Bearer ADMIN_TOKEN',
          requestParams: { query: ImportQuerySchema },
          requestBody: {
            content: { 'text/csv': { schema: z.string().meta({ description: 'The CSV file, UTF-8, at most 10 MB' }) } },
          },
          responses: {
            200: json(ImportReportSchema, 'What was (or, in a dry run, would be) imported, and every rejected row'),
            400: json(ErrorSchema, 'Not UTF-8, empty, or an unrecognised header'),
            401: json(ErrorSchema, 'Missing or wrong admin token'),
            403: json(ErrorSchema, 'Import disabled: ADMIN_TOKEN is unset'),
            409: json(ErrorSchema, 'Another import is running'),
            413: json(ErrorSchema, 'The file is larger than 10 MB'),
            503: json(ErrorSchema, 'The database is unreachable'),
          },
        },
      },
      ...embedOpenApiPaths(),
    },
  });
  return cached;
}
