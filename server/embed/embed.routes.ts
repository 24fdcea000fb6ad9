// Embeds: the /embed page and its loader script (page routes), and under /api the snapshots, oEmbed and
// pinned stories. The service comes from the composition root (server/services.ts).
import { resolve } from 'node:path';
import { Router, type Request } from 'express';
import { z } from 'zod';
import type { GraphChangeCache } from '../http/graph-change-cache.ts';
import { goneSignal } from '../http/gone-signal.ts';
import { perClientLimit, type RateLimit } from '../http/rate-limit.ts';
import { parseInput } from '../http/validate.ts';
import {
  EmbedQuerySchema,
  OembedQuerySchema,
  StoryCreateSchema,
  type EmbedQuery,
} from '../../core/schemas/embed.schema.ts';
import { IdSchema } from '../../core/schemas/common.schema.ts';
import { WORDS } from '../../core/i18n/embed-words.ts';
import { snapshotSvg } from '../../core/embed/snapshot.ts';
import { embedPath } from '../../core/embed/view.ts';
import { allowCrossOriginUse, allowFraming } from './embed-headers.ts';
import { renderEmbedPage } from './embed-page.ts';
import { renderExplorerPage } from './explorer-page.ts';
import type { EmbedService } from './embed.service.ts';
import { oembed } from './oembed.service.ts';
import type { PngRenderer } from './png.ts';

const loaderFile = resolve(import.meta.dirname, '..', '..', 'web', 'public', 'embed.js');

/** The site's public origin for a request (http/public-origin.ts: PUBLIC_URL, never a client's Host header). */
export type OriginOf = (req: Request) => string;
const oembedLink = (origin: string, pageUrl: string) =>
  `<${origin}/api/oembed?${new URLSearchParams({ url: pageUrl, format: 'json' })}>; rel="alternate"; type="application/json+oembed"`;
/** Live views may change as the graph grows: cache briefly; a story never changes. */
const cacheFor = (q: EmbedQuery) => (q.story ? 'public, max-age=86400, immutable' : 'public, max-age=300');
// Every reader of an article loads the same embed: its page and snapshots (graph, layout, PNG) are kept in the
// response cache until the graph changes, so a popular article costs one rendering, not one per reader.

/** Colour by community draws the stored metrics, which land after the graph changes: such keys name them. */
const metricsKey = (cache: GraphChangeCache, q: EmbedQuery) =>
  q.colour === 'community' ? `${cache.metricsTag()} ` : '';

/** `explorer`: also serve the built explorer page at `/` with its discovery link and og:image (not under Vite dev). */
export function embedPageRoutes(
  embeds: EmbedService,
  cache: GraphChangeCache,
  webRoot: string,
  originOf: OriginOf,
  explorer = true,
): Router {
  const router = Router();
  router.get('/embed', async (req, res) => {
    const q = parseInput(EmbedQuerySchema, req.query, 'query');
    const origin = originOf(req);
    const html = await cache.get(`${metricsKey(cache, q)}embed ${origin} ${JSON.stringify(q)}`, async () =>
      renderEmbedPage(await embeds.picture(q), origin, webRoot),
    );
    allowFraming(res);
    res.setHeader('Cache-Control', cacheFor(q));
    res.type('html').send(html);
  });
  router.get('/embed.js', (_req, res) => {
    allowCrossOriginUse(res);
    res.sendFile(loaderFile, { maxAge: '1h', headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
  });
  // oEmbed discovery for the explorer: an HTTP Link header, and a <link> (with og:image) in the page itself.
  router.get('/', (req, res, next) => {
    const origin = originOf(req);
    const pageUrl = origin + req.originalUrl;
    res.setHeader('Link', oembedLink(origin, pageUrl));
    const query = req.originalUrl.includes('?') ? req.originalUrl.slice(req.originalUrl.indexOf('?')) : '';
    const html = explorer ? renderExplorerPage(webRoot, origin, pageUrl, query) : undefined;
    if (!html) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.type('html').send(html);
  });
  return router;
}

/** Pinning writes a Story node: 30 per client every 15 minutes is plenty for a newsroom, and bounds a flood;
 *  100 a day per client keeps one client from filling the stories' total bound (STORY_MAX_COUNT) alone. */
export const STORY_RATE_LIMIT: RateLimit = { limit: 30, windowMs: 15 * 60_000 };
export const STORY_DAILY_LIMIT: RateLimit = { limit: 100, windowMs: 24 * 3600_000 };

export function embedApiRoutes(
  embeds: EmbedService,
  cache: GraphChangeCache,
  originOf: OriginOf,
  renderer: PngRenderer,
  storyLimit: RateLimit = STORY_RATE_LIMIT,
  storyDailyLimit: RateLimit = STORY_DAILY_LIMIT,
): Router {
  const router = Router();
  const svgOf = (q: EmbedQuery, at?: string) =>
    cache.get(
      `${metricsKey(cache, q)}snapshot.svg ${JSON.stringify(q)}`,
      async () => {
        const p = await embeds.picture(q);
        const w = WORDS[p.view.lang];
        const footer = [w.source, ...(p.pinnedAt ? [w.asOf(p.pinnedAt.slice(0, 10))] : [])].join(' · ');
        return snapshotSvg(
          p.graph,
          p.positions,
          { lang: p.view.lang, focus: p.view.focus, forums: p.forums, colourBy: p.view.colour, baseMap: p.baseMap },
          {
            title: p.title,
            subtitle: p.view.subtitle,
            note: p.view.note,
            description: p.description,
            attribution: p.graph.attribution,
            footer,
          },
        );
      },
      at,
    );
  router.get('/snapshot.svg', async (req, res) => {
    const q = parseInput(EmbedQuerySchema, req.query, 'query');
    const svg = await svgOf(q);
    allowCrossOriginUse(res);
    res.setHeader('Cache-Control', cacheFor(q));
    res.type('image/svg+xml').send(svg);
  });
  router.get('/snapshot.png', async (req, res) => {
    const q = parseInput(EmbedQuerySchema, req.query, 'query');
    // Rendered off the main thread (png.ts). A client gone before its render began drops it; readers sharing
    // that render (the cache joins concurrent misses) then start their own.
    const { signal, stop } = goneSignal(res);
    const render = () =>
      cache.get(`${metricsKey(cache, q)}snapshot.png ${JSON.stringify(q)}`, async (marker) =>
        renderer.png(await svgOf(q, marker), signal),
      );
    const png = await render()
      .catch((err: unknown) => {
        if (signal.aborted || !(err instanceof Error && err.name === 'AbortError')) throw err;
        return render();
      })
      .finally(stop);
    allowCrossOriginUse(res);
    res.setHeader('Cache-Control', cacheFor(q));
    res.type('image/png').send(png);
  });
  router.get('/oembed', async (req, res) => {
    res.json(await oembed(embeds, originOf(req), parseInput(OembedQuerySchema, req.query, 'query')));
  });
  router.post(
    '/stories',
    perClientLimit(storyLimit, 'stories pinned'),
    perClientLimit(storyDailyLimit, 'stories pinned today'),
    async (req, res) => {
      const story = await embeds.pin(parseInput(StoryCreateSchema, req.body, 'body'));
      const embedUrl =
        originOf(req) +
        embedPath({
          story: story.id,
          depth: 1,
          undated: 'include',
          limit: 500,
          lang: 'ru',
          layout: 'force',
          controls: '1',
          colour: 'country',
        });
      res.status(201).json({ ...story, embedUrl });
    },
  );
  router.get('/stories/:id', async (req, res) => {
    const { id } = parseInput(z.object({ id: IdSchema }), req.params, 'path');
    res.json(await embeds.story(id));
  });
  return router;
}
