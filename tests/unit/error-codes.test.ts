// The error table decides status, category and retriable for every code; errors rebuilt across the console's
// worker thread keep them.
import { describe, expect, it } from 'vitest';
import { messageToError, errorToMessage } from '../../server/cypher-console/worker-messages.ts';
import { ERROR_CODES, isErrorCode } from '../../server/errors/error-codes.ts';
import { AppError, DatabaseUnavailableError, NotFoundError } from '../../server/errors/errors.ts';

describe('error codes', () => {
  it('take status, category and retriable from the one table', () => {
    expect(new NotFoundError('city', 'x')).toMatchObject({
      status: 404,
      code: 'not_found',
      category: 'missing',
      retriable: false,
    });
    expect(new DatabaseUnavailableError()).toMatchObject({ status: 503, category: 'unavailable', retriable: true });
    expect(new AppError('query_timeout', 'slow')).toMatchObject({ status: 408, category: 'timeout', retriable: false });
    expect(new AppError('database_timeout', 'slow').status).toBe(504);
    expect(new AppError('rate_limited', 'wait', undefined, { retryAfterSeconds: 5 })).toMatchObject({
      status: 429,
      retriable: true,
      retryAfterSeconds: 5,
    });
  });

  it('pair each status class with its category', () => {
    for (const [code, { status, category, retriable }] of Object.entries(ERROR_CODES)) {
      if (category === 'unavailable') expect(status, code).toBe(503);
      if (status === 503 || status === 429) expect(retriable, code).toBe(true);
      if (category === 'internal') expect(status, code).toBe(500);
      expect(status >= 400 && status < 600, code).toBe(true);
    }
    expect(isErrorCode('not_found')).toBe(true);
    expect(isErrorCode('toString')).toBe(false);
  });

  it('survive the trip from the console worker', () => {
    const back = messageToError(errorToMessage(new AppError('write_refused', 'read-only', { at: 1 })));
    expect(back).toBeInstanceOf(AppError);
    expect(back).toMatchObject({ code: 'write_refused', status: 403, category: 'access', details: { at: 1 } });
  });
});
