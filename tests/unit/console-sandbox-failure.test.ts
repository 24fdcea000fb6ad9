// A console query that fails on a sandbox with no known answer (the driver's pool closed under it, a connection
// reset, a Neo.DatabaseError) is the sandbox failing — 503 console_unavailable, which the service retries once —
// never a 500 `internal`; refusals and timeouts keep their own codes.
import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { mapConsoleError, sandboxFailure } from '../../server/cypher-console/console-errors.ts';

const onSandbox = (err: unknown) => {
  const mapped = mapConsoleError(err, 5000);
  return (sandboxFailure(mapped) ?? mapped) as { code?: string; status?: number };
};

describe('a console query failing on a sandbox', () => {
  it('answers 503 console_unavailable for driver and database failures', () => {
    const failures = [
      new Neo4jError('Pool is closed, it is no more able to serve requests.', 'N/A', '50N42', 'unexpected error'),
      new Neo4jError('Connection was closed by server', 'ServiceUnavailable', '50N42', 'unexpected error'),
      new Neo4jError('boom', 'Neo.DatabaseError.General.UnknownError', '50N42', 'unexpected error'),
      Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }),
    ];
    for (const err of failures) expect(onSandbox(err)).toMatchObject({ code: 'console_unavailable', status: 503 });
  });

  it('keeps the answers that are the query’s own', () => {
    const syntax = new Neo4jError('Invalid input', 'Neo.ClientError.Statement.SyntaxError', '42001', 'syntax');
    const timeout = new Neo4jError('stopped', 'Neo.ClientError.Transaction.TransactionTimedOut', '25N05', 'timeout');
    expect(onSandbox(syntax)).toMatchObject({ code: 'syntax_error', status: 400 });
    expect(onSandbox(timeout)).toMatchObject({ code: 'query_timeout' });
  });
});
