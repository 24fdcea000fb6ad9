// GET /api/export?format=graphml|gexf|csv|json plus the filters of /api/graph — streamed as a download.
import { Router } from 'express';
import { z } from 'zod';
import { parseInput } from '../http/validate.ts';
import { GraphQuerySchema } from '../schemas/graph.schema.ts';
import { exportFormats, type ExportService } from './export.service.ts';

export const ExportFormatSchema = z.object({
  format: z.enum(Object.keys(exportFormats) as [keyof typeof exportFormats]).meta({ description: 'graphml and gexf open in Gephi; csv is the importer’s richer column set' }),
});

export function exportRoutes(exports: ExportService): Router {
  const router = Router();
  router.get('/export', async (req, res) => {
    const { format, ...rest } = req.query;
    const { format: f } = parseInput(ExportFormatSchema, { format }, 'query');
    const q = parseInput(GraphQuerySchema, rest, 'query');
    const ids = await exports.prepare(q);
    res.attachment(`pobratim.${exportFormats[f].extension}`).type(exportFormats[f].contentType);
    await exports.write(f, q, ids, res);
    res.end();
  });
  return router;
}
