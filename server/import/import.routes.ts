// POST /api/import?dryRun= — admin only (Bearer ADMIN_TOKEN; disabled while ADMIN_TOKEN is unset). The body is
// the CSV file itself (text/csv), read as raw bytes so a non-UTF-8 file is told apart from a bad one.
import { timingSafeEqual } from 'node:crypto';
import express, { Router, type RequestHandler } from 'express';
import { AppError } from '../errors/errors.ts';
import { parseInput } from '../http/validate.ts';
import { ImportQuerySchema } from '../../core/schemas/import.schema.ts';
import { ImportTooLargeError, MAX_IMPORT_BYTES, type ImportService } from './import.service.ts';

function adminOnly(token: string | undefined): RequestHandler {
  const expected = token ? Buffer.from(token) : undefined;
  return (req, _res, next) => {
    if (!expected)
      throw new AppError('import_disabled', 'Import is disabled on this server: set ADMIN_TOKEN to enable it');
    const given = Buffer.from(/^Bearer (.+)$/.exec(req.get('authorization') ?? '')?.[1] ?? '');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      throw new AppError('unauthorised', 'Import needs the admin token: Authorization: Bearer <ADMIN_TOKEN>');
    }
    next();
  };
}

const csvBody: RequestHandler = (req, res, next) => {
  if (!req.is(['text/csv', 'text/plain', 'application/octet-stream'])) {
    return next(new AppError('unsupported_media_type', 'Send the CSV file as the body with Content-Type: text/csv'));
  }
  express.raw({ type: () => true, limit: MAX_IMPORT_BYTES })(req, res, (err?: { type?: string }) =>
    next(err?.type === 'entity.too.large' ? new ImportTooLargeError() : err),
  );
};

export function importRoutes(imports: ImportService, adminToken: string | undefined): Router {
  const router = Router();
  router.post('/import', adminOnly(adminToken), csvBody, async (req, res) => {
    const { dryRun } = parseInput(ImportQuerySchema, req.query, 'query');
    const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    res.json(await imports.run(body, { dryRun }));
  });
  return router;
}
