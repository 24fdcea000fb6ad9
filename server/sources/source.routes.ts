// GET /api/sources and /api/sources/:id, and the readable page GET /sources/:id; kept in the response cache until
// the graph changes
import { Router } from 'express';
import { z } from 'zod';
import type { GraphChangeCache } from '../http/graph-change-cache.ts';
import { parseInput } from '../http/validate.ts';
import { IdSchema, LangSchema } from '../../core/schemas/common.schema.ts';
import { renderSourcePage } from './source-page.ts';
import type { SourceService } from './source.service.ts';

export function sourceRoutes(sources: SourceService, cache: GraphChangeCache): Router {
  const router = Router();
  // Kept until the graph changes, like every other read of the graph: the list counts the citations of every
  // source (a scan of all ties), the same answer for everyone.
  router.get('/sources', async (_req, res) => {
    res.type('json').send(await cache.get('sources', async () => JSON.stringify({ sources: await sources.list() })));
  });
  router.get('/sources/:id', async (req, res) => {
    const { id } = parseInput(z.object({ id: IdSchema }), req.params, 'path');
    res.type('json').send(await cache.get(`source ${id}`, async () => JSON.stringify(await sources.get(id))));
  });
  return router;
}

/** The page a source link opens: the source and the facts on it, in the reader's language (`?lang=en`). */
export function sourcePageRoutes(sources: SourceService, cache: GraphChangeCache): Router {
  const router = Router();
  router.get('/sources/:id', async (req, res) => {
    const { id } = parseInput(z.object({ id: IdSchema }), req.params, 'path');
    const { lang } = parseInput(z.object({ lang: LangSchema.catch('ru') }), req.query, 'query');
    res.setHeader('Cache-Control', 'no-cache');
    res
      .type('html')
      .send(await cache.get(`source page ${lang} ${id}`, async () => renderSourcePage(await sources.get(id), lang)));
  });
  return router;
}
