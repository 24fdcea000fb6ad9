// The OpenAPI 3.1 document, generated from the same zod schemas that validate requests and responses.
import { createDocument } from 'zod-openapi';
import { z } from 'zod';
import { embedOpenApiPaths } from '../embed/embed.openapi.ts';
import { AgreementListSchema, AgreementQuerySchema } from '../schemas/agreement.schema.ts';
import { CityDetailSchema, CitySearchQuerySchema, CitySearchResultSchema } from '../schemas/city.schema.ts';
import { IdSchema } from '../schemas/common.schema.ts';
import { ErrorSchema } from '../schemas/error.schema.ts';
import { ForumDetailSchema, ForumListSchema } from '../schemas/forum.schema.ts';
import { GraphQuerySchema, GraphSchema } from '../schemas/graph.schema.ts';
import { HealthSchema } from '../schemas/health.schema.ts';
import { PathQuerySchema, PathSchema } from '../schemas/path.schema.ts';
import { SourceDetailSchema, SourceListSchema } from '../schemas/source.schema.ts';

const json = (schema: z.ZodType, description: string) => ({ description, content: { 'application/json': { schema } } });
const errors = {
  400: json(ErrorSchema, 'Bad parameters; the message names the field'),
  404: json(ErrorSchema, 'No such resource'),
  503: json(ErrorSchema, 'The database is unreachable'),
};
const idPath = z.object({ id: IdSchema });

/** Query schemas carry refinements; the document needs their plain object shape. */
function plain(schema: z.ZodType): z.ZodObject {
  const def = (schema as unknown as { _zod: { def: { type: string; in?: z.ZodType } } })._zod.def;
  return (def.type === 'pipe' && def.in ? plain(def.in) : schema) as z.ZodObject;
}

function get(summary: string, response: z.ZodType, params: { query?: z.ZodType; path?: z.ZodType } = {}) {
  return {
    get: {
      summary,
      requestParams: { ...(params.query ? { query: plain(params.query) } : {}), ...(params.path ? { path: params.path as z.ZodObject } : {}) },
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
      description: 'Twin-city ties, agreements, forums and their sources, from a Neo4j graph. Every error is `{ "error": { "code", "message", "details"? } }`.',
      license: { name: 'Code: see repository; world data CC BY-SA 4.0 (Wikipedia contributors) and ODbL (© OpenStreetMap contributors)' },
    },
    paths: {
      '/api/health': get('Database reachability and version', HealthSchema),
      '/api/cities': get('Find cities by any name form', CitySearchResultSchema, { query: CitySearchQuerySchema }),
      '/api/cities/{id}': get('A city with its ties, agreements, forums, people, investments and sources', CityDetailSchema, { path: idPath }),
      '/api/graph': get('Nodes and links of the (filtered) twin-city network', GraphSchema, { query: GraphQuerySchema }),
      '/api/forums': get('Forum editions (missing editions listed as gaps)', ForumListSchema),
      '/api/forums/{id}': get('One forum edition with its delegations', ForumDetailSchema, { path: idPath }),
      '/api/agreements': get('Agreements between cities or their bodies', AgreementListSchema, { query: AgreementQuerySchema }),
      '/api/path': get('Shortest chain of ties between two cities', PathSchema, { query: PathQuerySchema }),
      '/api/sources': get('All sources with the number of facts citing each', SourceListSchema),
      '/api/sources/{id}': get('One source and the facts it supports', SourceDetailSchema, { path: idPath }),
      ...embedOpenApiPaths(),
    },
  });
  return cached;
}
