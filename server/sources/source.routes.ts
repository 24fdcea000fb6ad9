// GET /api/sources and /api/sources/:id
import { Router } from 'express';
import { z } from 'zod';
import { NotFoundError } from '../http/errors.ts';
import { parseInput } from '../http/validate.ts';
import { IdSchema } from '../schemas/common.schema.ts';
import type { SourceRepository } from './source.repository.ts';

export function sourceRoutes(sources: SourceRepository): Router {
  const router = Router();
  router.get('/sources', async (_req, res) => {
    res.json({ sources: await sources.list() });
  });
  router.get('/sources/:id', async (req, res) => {
    const { id } = parseInput(z.object({ id: IdSchema }), req.params, 'path');
    const source = await sources.get(id);
    if (!source) throw new NotFoundError('source', id);
    res.json(source);
  });
  return router;
}
