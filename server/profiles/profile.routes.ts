// GET /api/cities/:id/profile
import { Router } from 'express';
import { z } from 'zod';
import { parseInput } from '../http/validate.ts';
import { IdSchema } from '../../core/schemas/common.schema.ts';
import type { ProfileService } from './profile.service.ts';

export function profileRoutes(profiles: ProfileService): Router {
  const router = Router();
  router.get('/cities/:id/profile', async (req, res) => {
    const { id } = parseInput(z.object({ id: IdSchema }), req.params, 'path');
    res.json(await profiles.profile(id));
  });
  return router;
}
