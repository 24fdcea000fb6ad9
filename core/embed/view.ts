// The embed's view as URL parameters: the data part mirrors GET /api/graph, the rest is presentation.
// Shared by the embed page, the snippet generator, oEmbed and the server, so every URL is built one way.
import { EmbedQuerySchema, type EmbedQuery } from '../schemas/embed.schema.ts';

/** An embed's view: exactly what GET /embed accepts, once parsed (the schema is its one definition). */
export type EmbedView = EmbedQuery;

/** What a view leaves out of its URL: the schema's defaults. */
export const EMBED_DEFAULTS = EmbedQuerySchema.parse({});

/** The data filters (what GET /api/graph takes); `forApi` spells every default out. */
export function dataParams(v: EmbedView, forApi = false): URLSearchParams {
  const p = new URLSearchParams();
  if (v.focus) p.set('focus', v.focus);
  if (v.focus && (forApi || v.depth !== EMBED_DEFAULTS.depth)) p.set('depth', String(v.depth));
  if (v.country?.length) p.set('country', v.country.join(','));
  if (v.kind?.length) p.set('kind', v.kind.join(','));
  if (v.from !== undefined) p.set('from', String(v.from));
  if (v.to !== undefined) p.set('to', String(v.to));
  if (forApi || v.undated !== EMBED_DEFAULTS.undated) p.set('undated', v.undated);
  if (forApi || v.limit !== EMBED_DEFAULTS.limit) p.set('limit', String(v.limit));
  return p;
}

/** Everything the embed URL carries (a story replaces the data filters). */
export function embedParams(v: EmbedView): URLSearchParams {
  const p = v.story ? new URLSearchParams({ story: v.story }) : dataParams(v);
  if (v.lang !== EMBED_DEFAULTS.lang) p.set('lang', v.lang);
  if (v.layout !== EMBED_DEFAULTS.layout) p.set('layout', v.layout);
  if (v.controls !== EMBED_DEFAULTS.controls) p.set('controls', v.controls);
  if (v.colour !== EMBED_DEFAULTS.colour) p.set('colour', v.colour);
  for (const k of ['title', 'subtitle', 'note'] as const) if (v[k]) p.set(k, v[k]);
  return p;
}

const q = (p: URLSearchParams) => (p.size ? `?${p}` : '');

export const embedPath = (v: EmbedView) => `/embed${q(embedParams(v))}`;
export const snapshotPath = (v: EmbedView, ext: 'svg' | 'png') => `/api/snapshot.${ext}${q(embedParams(v))}`;
