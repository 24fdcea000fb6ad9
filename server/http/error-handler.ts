// The one error middleware: every failure leaves as `{ error: { code, message, details? } }` with a fitting status.
// Input problems are 4xx; only genuine server faults are 500, and those are logged. Messages name no Java classes.
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { mapDatabaseError } from '../db/database-errors.ts';
import type { ErrorBody } from '../../core/schemas/error.schema.ts';
import { ERROR_CODES } from '../errors/error-codes.ts';
import { AppError, StreamGoneError } from '../errors/errors.ts';
import { cleanDetails, withoutJavaNames } from './public-message.ts';

/** Errors raised by express/body-parser carry `status`/`type`; they are the client's fault. */
function fromBodyParser(err: { type?: string; status?: number; message?: string }): AppError | undefined {
  switch (err.type) {
    case 'entity.too.large':
      return new AppError('payload_too_large', 'The request body is too large');
    case 'entity.parse.failed':
      return new AppError('bad_json', 'The request body is not valid JSON');
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return new AppError('unsupported_encoding', err.message ?? 'Unsupported encoding');
    default:
      if (err.status && err.status >= 400 && err.status < 500)
        return new AppError('bad_request', err.message ?? 'Bad request');
      return undefined;
  }
}

export const errorHandler: ErrorRequestHandler = (err, req, res, _next) => {
  // The client went away: no one to answer, nothing to log as a fault; the socket goes too.
  if (err instanceof StreamGoneError) return void res.destroy();
  const known = mapDatabaseError(err);
  const appError = known instanceof AppError ? known : fromBodyParser(err);
  const status = appError?.status ?? ERROR_CODES.internal.status;
  const body: ErrorBody = {
    error: appError
      ? {
          code: appError.code,
          message: withoutJavaNames(appError.message),
          ...(appError.details === undefined ? {} : { details: cleanDetails(appError.details) }),
        }
      : { code: 'internal', message: 'Something went wrong on the server' },
  };
  if (status >= 500) req.log?.error({ err }, 'request failed');
  // Streaming had begun: ending the response would look like a complete 200; destroying it tells the client.
  if (res.headersSent) return void res.destroy();
  if (appError?.retryAfterSeconds !== undefined) res.set('Retry-After', String(appError.retryAfterSeconds));
  res.status(status).json(body);
};

export const apiNotFound: RequestHandler = (req, _res, next) => {
  next(new AppError('not_found', `No API route ${req.method} ${req.path}`));
};
