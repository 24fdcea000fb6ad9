// The Cypher console's wire format: the request, the faithful JSON shape of Neo4j values, and the answer.
// Shared by the server (validation, OpenAPI) and the console page (it parses answers with these schemas).
import { z } from 'zod';

export const CypherRequestSchema = z
  .object({
    query: z.string().min(1, 'the query is empty').meta({
      description: 'One Cypher statement (read-only)',
      example: 'MATCH (c:City {id: $id})-[:TIE]-(o:City) RETURN o.nameEn',
    }),
    params: z
      .record(z.string(), z.unknown())
      .default({})
      .meta({
        description: 'Query parameters. JSON integers are sent to Neo4j as INTEGER, other numbers as FLOAT',
        example: { id: 'ru-kaluga' },
      }),
  })
  .meta({ id: 'CypherRequest' });
export type CypherRequest = z.infer<typeof CypherRequestSchema>;

/**
 * A Neo4j value as JSON. Scalars stay JSON scalars, except: integers beyond ±(2^53−1) are decimal strings;
 * NaN and ±Infinity are the strings "NaN", "Infinity", "-Infinity"; dates, times, datetimes and durations are
 * ISO 8601 strings; byte arrays are base64 strings. Graph values and points are objects tagged with `$kind`.
 */
export const CypherValueSchema: z.ZodType = z
  .lazy(() =>
    z.union([
      z.null(),
      z.boolean(),
      z.number(),
      z.string(),
      z.array(CypherValueSchema),
      CypherNodeSchema,
      CypherRelationshipSchema,
      CypherPathSchema,
      CypherPointSchema,
      z.record(z.string(), CypherValueSchema),
    ]),
  )
  .meta({ id: 'CypherValue' });

const properties = z.record(z.string(), z.unknown()).meta({ description: 'Property values, in the same JSON shape' });

export const CypherNodeSchema = z
  .object({
    $kind: z.literal('node'),
    id: z.string().meta({ description: 'Neo4j elementId (stable within one transaction only)' }),
    labels: z.array(z.string()),
    properties,
  })
  .meta({ id: 'CypherNode' });
export type CypherNode = z.infer<typeof CypherNodeSchema>;

export const CypherRelationshipSchema = z
  .object({
    $kind: z.literal('relationship'),
    id: z.string(),
    type: z.string(),
    start: z.string().meta({ description: 'elementId of the start node' }),
    end: z.string(),
    properties,
  })
  .meta({ id: 'CypherRelationship' });
export type CypherRelationship = z.infer<typeof CypherRelationshipSchema>;

export const CypherPathSchema = z
  .object({
    $kind: z.literal('path'),
    nodes: z.array(CypherNodeSchema),
    relationships: z
      .array(CypherRelationshipSchema)
      .meta({ description: 'relationships[i] joins nodes[i] and nodes[i+1]' }),
  })
  .meta({ id: 'CypherPath' });

export const CypherPointSchema = z
  .object({
    $kind: z.literal('point'),
    srid: z.number().int(),
    crs: z.enum(['wgs-84', 'wgs-84-3d', 'cartesian', 'cartesian-3d', 'unknown']),
    x: z.number().meta({ description: 'longitude for wgs-84' }),
    y: z.number().meta({ description: 'latitude for wgs-84' }),
    z: z.number().optional(),
  })
  .meta({ id: 'CypherPoint' });

export const CypherGraphSchema = z
  .object({
    nodes: z
      .array(CypherNodeSchema)
      .meta({ description: 'Every node in the rows, plus the end nodes of returned relationships' }),
    links: z
      .array(CypherRelationshipSchema)
      .meta({ description: 'Every relationship in the rows (each end is in nodes)' }),
  })
  .meta({ id: 'CypherGraph' });

export const CypherResultSchema = z
  .object({
    columns: z.array(z.string()),
    rows: z.array(z.array(CypherValueSchema)).meta({ description: 'One array per record, values in column order' }),
    graph: CypherGraphSchema,
    summary: z.object({
      queryType: z.literal('r').meta({ description: 'Always r: only read-only queries run' }),
      ms: z.number().meta({ description: 'Wall-clock time on the server, guard included' }),
      rows: z.number().int(),
      truncated: z.boolean().meta({ description: 'True when the row cap stopped the result early' }),
    }),
  })
  .meta({ id: 'CypherResult' });
export type CypherResult = z.infer<typeof CypherResultSchema>;

const counted = z.array(z.object({ name: z.string(), count: z.number().int() }));
export const CypherSchemaInfoSchema = z
  .object({
    labels: counted.meta({ description: 'Node labels with the number of nodes' }),
    relationshipTypes: counted.meta({ description: 'Relationship types with the number of relationships' }),
    propertyKeys: counted.meta({
      description: 'Property keys with the number of nodes and relationships carrying them',
    }),
    attribution: z.array(z.string()).meta({
      description:
        'Licence credits of the sources in the graph (the world network: Wikipedia contributors, CC BY-SA 4.0; OpenStreetMap, ODbL): a page showing query results shows them',
    }),
  })
  .meta({ id: 'CypherSchemaInfo' });
export type CypherSchemaInfo = z.infer<typeof CypherSchemaInfoSchema>;
