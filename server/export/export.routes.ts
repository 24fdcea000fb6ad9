// GET /api/export?format=graphml|gexf|csv|json (&gexf=1.2|1.3&lang=ru|en) plus the filters of /api/graph — streamed
// as a download whose file name says what it holds.
import { Router } from 'express';
import { z } from 'zod';
import { concurrencyLimit, type ConcurrencyLimit } from '../http/concurrency-limit.ts';
import { parseInput } from '../http/validate.ts';
import { GraphQuerySchema } from '../../core/schemas/graph.schema.ts';
import { exportFileName, exportFormats, type ExportService } from './export.service.ts';
import { LangSchema } from '../../core/schemas/common.schema.ts';

export const ExportFormatSchema = z.object({
  format: z
    .enum(Object.keys(exportFormats) as [keyof typeof exportFormats])
    .meta({ description: 'graphml and gexf open in Gephi; csv is the importer’s richer column set' }),
  gexf: z
    .enum(['1.2', '1.3'])
    .default('1.2')
    .meta({ description: 'GEXF version: 1.2 (networkx, Gephi, Gephi Lite) or 1.3 (Gephi, Gephi Lite)' }),
  lang: LangSchema.default('en').meta({ description: 'Language of the GEXF node labels' }),
});

/** `limits`: each export holds a transaction while it streams (seconds for the world), so few run at once. */
export function exportRoutes(exports: ExportService, limits: ConcurrencyLimit): Router {
  const router = Router();
  // A failure after the first bytes cannot change the status any more: the error handler then destroys the
  // connection, so the client sees a broken download, never a clean 200 with a truncated body.
  router.get('/export', concurrencyLimit(limits, 'exports'), async (req, res) => {
    const { format, gexf, lang, ...rest } = req.query;
    const opts = parseInput(ExportFormatSchema, { format, gexf, lang }, 'query');
    const f = opts.format;
    const q = parseInput(GraphQuerySchema, rest, 'query');
    const ids = await exports.prepare(q);
    res.attachment(exportFileName(f, q)).type(exportFormats[f].contentType);
    await exports.write(f, q, ids, res, { gexf: opts.gexf, lang: opts.lang });
    res.end();
  });
  return router;
}
