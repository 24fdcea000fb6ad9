// GET /api/agreements?city=&kind=&from=&to=
import { Router } from 'express';
import { parseInput } from '../http/validate.ts';
import { AgreementQuerySchema } from '../../core/schemas/agreement.schema.ts';
import type { AgreementService } from './agreement.service.ts';

export function agreementRoutes(agreements: AgreementService): Router {
  const router = Router();
  router.get('/agreements', async (req, res) => {
    const query = parseInput(AgreementQuerySchema, req.query, 'query');
    res.json({ agreements: await agreements.list(query) });
  });
  return router;
}
