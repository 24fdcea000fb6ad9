// GET /api/forums and /api/forums/:id
import { Router } from 'express';
import { z } from 'zod';
import { parseInput } from '../http/validate.ts';
import { IdSchema } from '../../core/schemas/common.schema.ts';
import type { ForumService } from './forum.service.ts';

export function forumRoutes(forums: ForumService): Router {
  const router = Router();
  router.get('/forums', async (_req, res) => {
    res.json(await forums.list());
  });
  router.get('/forums/:id', async (req, res) => {
    const { id } = parseInput(z.object({ id: IdSchema }), req.params, 'path');
    res.json(await forums.get(id));
  });
  return router;
}
