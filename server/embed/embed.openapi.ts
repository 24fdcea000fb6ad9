// OpenAPI entries of the embed endpoints (snapshots, oEmbed, stories), spread into the main document.
import { z } from 'zod';
import { ErrorSchema } from '../../core/schemas/error.schema.ts';
import {
  EmbedQuerySchema,
  OembedQuerySchema,
  OembedSchema,
  StoryCreateSchema,
  StorySchema,
} from '../../core/schemas/embed.schema.ts';

const json = (schema: z.ZodType, description: string) => ({ description, content: { 'application/json': { schema } } });
const errors = {
  400: json(ErrorSchema, 'Bad parameters; the message names the field'),
  404: json(ErrorSchema, 'No such city, story or page'),
  503: json(ErrorSchema, 'The database is unreachable'),
};
const image = (type: string, description: string) => ({
  description,
  content: { [type]: { schema: { type: 'string' as const, format: 'binary' } } },
});

export function embedOpenApiPaths() {
  return {
    '/api/snapshot.svg': {
      get: {
        summary: 'The embed view drawn on the server (same layout as /embed)',
        requestParams: { query: EmbedQuerySchema },
        responses: { 200: image('image/svg+xml', 'SVG, 1200×630'), ...errors },
      },
    },
    '/api/snapshot.png': {
      get: {
        summary: 'The same picture as PNG (og:image, <noscript>)',
        requestParams: { query: EmbedQuerySchema },
        responses: { 200: image('image/png', 'PNG, 1200×630'), ...errors },
      },
    },
    '/api/oembed': {
      get: {
        summary: 'oEmbed (rich) for explorer and /embed URLs of this site',
        requestParams: { query: OembedQuerySchema },
        responses: { 200: json(OembedSchema, 'OK'), ...errors, 501: json(ErrorSchema, 'format=xml is not served') },
      },
    },
    '/api/stories': {
      post: {
        summary: 'Pin a view: freeze its current data under a hash for /embed?story=',
        requestBody: { content: { 'application/json': { schema: StoryCreateSchema } } },
        responses: {
          201: json(StorySchema, 'The stored story (pinning the same data again returns it)'),
          ...errors,
          413: json(ErrorSchema, "The view's data is larger than one story may hold (STORY_MAX_KB)"),
          429: json(ErrorSchema, 'Too many stories pinned by this client (30 every 15 minutes, 100 a day)'),
          507: json(ErrorSchema, 'Story storage is full (STORY_MAX_COUNT, STORY_MAX_TOTAL_MB)'),
        },
      },
    },
    '/api/stories/{id}': {
      get: {
        summary: 'A pinned story: its view and frozen data',
        requestParams: { path: z.object({ id: z.string() }) },
        responses: { 200: json(StorySchema, 'OK'), ...errors },
      },
    },
  };
}
