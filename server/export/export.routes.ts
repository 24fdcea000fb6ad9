// GET /api/export?format=graphml|gexf|csv|json plus the filters of /api/graph — streamed as a download.
import { Router } from 'express';
import { z } from 'zod';
import { concurrencyLimit, type ConcurrencyLimit } from '../http/concurrency-limit.ts';
import { parseInput } from '../http/validate.ts';
import { GraphQuerySchema } from '../../core/schemas/graph.schema.ts';
import { exportFormats, type ExportService } from './export.service.ts';

export const ExportFormatSchema = z.object({
  format: z
    .enum(Object.keys(exportFormats) as [keyof typeof exportFormats])
    .meta({ description: 'graphml and gexf open in Gephi; csv is the importer’s richer column set' }),
});

/** `limits`: each export holds a transaction while it streams (seconds for the world), so few run at once. */
export function exportRoutes(exports: ExportService, limits: ConcurrencyLimit): Router {
  const router = Router();
  // A failure after the first bytes cannot change the status any more: the error handler then destroys the
  // connection, so the client sees a broken download, never a clean 200 with a truncated body.
  router.get('/export', concurrencyLimit(limits, 'exports'), async (req, res) => {
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
