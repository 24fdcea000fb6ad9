// GET /api/path?from=&to=&maxLength=
import { Router } from 'express';
import { parseInput } from '../http/validate.ts';
import { PathQuerySchema } from '../../core/schemas/path.schema.ts';
import type { PathService } from './path.service.ts';

export function pathRoutes(paths: PathService): Router {
  const router = Router();
  router.get('/path', async (req, res) => {
    const { from, to, maxLength } = parseInput(PathQuerySchema, req.query, 'query');
    res.json(await paths.shortest(from, to, maxLength));
  });
  return router;
}
