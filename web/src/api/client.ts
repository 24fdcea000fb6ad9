// The API client: every response is parsed with the server's own zod schemas, so a contract break fails loudly here.
import type { z } from 'zod';
import { AnalyticsSchema, CityMetricsAnswerSchema, CountryTiesSchema } from '../../../core/schemas/analytics.schema.ts';
import { CityDetailSchema, CitySearchResultSchema } from '../../../core/schemas/city.schema.ts';
import { CountryPairTiesSchema, CountrySummarySchema } from '../../../core/schemas/country-analytics.schema.ts';
import { ForumDetailSchema, ForumListSchema } from '../../../core/schemas/forum.schema.ts';
import { GraphSchema } from '../../../core/schemas/graph.schema.ts';
import { PathSchema } from '../../../core/schemas/path.schema.ts';
import { CityProfileSchema } from '../../../core/schemas/profile.schema.ts';
import { ReadySchema } from '../../../core/schemas/ready.schema.ts';
import { SourceDetailSchema, SourceListSchema } from '../../../core/schemas/source.schema.ts';
import { SuggestionListSchema } from '../../../core/schemas/suggestion.schema.ts';

import { ApiError, query as q } from './api-path.ts';

export { ApiError };

async function getJson<S extends z.ZodType>(path: string, schema: S, signal?: AbortSignal): Promise<z.infer<S>> {
  const res = await fetch(path, { signal, headers: { accept: 'application/json' } });
  const body: unknown = await res.json().catch(() => undefined);
  if (!res.ok) {
    const err = (body as { error?: { code?: string; message?: string } } | undefined)?.error;
    throw new ApiError(res.status, err?.code ?? 'http', err?.message ?? `HTTP ${res.status}`);
  }
  return schema.parse(body);
}

/** The URL path of GET /api/graph with these filters. */
export const graphPath = (params: Record<string, string | number | undefined> = {}) => `/api/graph${q(params)}`;

export const api = {
  /** Resolves once the server can serve the graph; ApiError 503 while it is still loading it (or its database is down). */
  ready: () => getJson('/api/ready', ReadySchema),
  searchCities: (text: string, signal?: AbortSignal) =>
    getJson(`/api/cities${q({ q: text, limit: 10 })}`, CitySearchResultSchema, signal),
  city: (id: string, signal?: AbortSignal) =>
    getJson(`/api/cities/${encodeURIComponent(id)}`, CityDetailSchema, signal),
  graph: (params: Record<string, string | number | undefined> = {}, signal?: AbortSignal) =>
    getJson(graphPath(params), GraphSchema, signal),
  forums: (signal?: AbortSignal) => getJson('/api/forums', ForumListSchema, signal),
  forum: (id: string, signal?: AbortSignal) =>
    getJson(`/api/forums/${encodeURIComponent(id)}`, ForumDetailSchema, signal),
  path: (from: string, to: string, signal?: AbortSignal) => getJson(`/api/path${q({ from, to })}`, PathSchema, signal),
  analytics: (params: Record<string, string | number | undefined>, signal?: AbortSignal) =>
    getJson(`/api/analytics${q(params)}`, AnalyticsSchema, signal),
  countryTies: (params: Record<string, string | number | undefined>, signal?: AbortSignal) =>
    getJson(`/api/analytics/countries${q(params)}`, CountryTiesSchema, signal),
  cityMetrics: (id: string, signal?: AbortSignal) =>
    getJson(`/api/analytics/cities/${encodeURIComponent(id)}`, CityMetricsAnswerSchema, signal),
  profile: (id: string, signal?: AbortSignal) =>
    getJson(`/api/cities/${encodeURIComponent(id)}/profile`, CityProfileSchema, signal),
  /** The ties between countries `a` and `b` (comma lists) in the selection of `params`. */
  countryPairTies: (params: Record<string, string | number | undefined>, signal?: AbortSignal) =>
    getJson(`/api/analytics/countries/pairs${q(params)}`, CountryPairTiesSchema, signal),
  countrySummary: (code: string, params: Record<string, string | number | undefined>, signal?: AbortSignal) =>
    getJson(`/api/analytics/countries/${encodeURIComponent(code)}${q(params)}`, CountrySummarySchema, signal),
  suggestions: (id: string, country?: string, signal?: AbortSignal) =>
    getJson(
      `/api/cities/${encodeURIComponent(id)}/suggestions${q({ country, limit: 10 })}`,
      SuggestionListSchema,
      signal,
    ),
  sources: (signal?: AbortSignal) => getJson('/api/sources', SourceListSchema, signal),
  source: (id: string, signal?: AbortSignal) =>
    getJson(`/api/sources/${encodeURIComponent(id)}`, SourceDetailSchema, signal),
};
