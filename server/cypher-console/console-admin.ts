// Main-thread control of console transactions on the console's database: find one request's transactions by
// their metadata tag, terminate them, and tell whether any is still open (a runaway inside one expression —
// a catastrophic regex, a reduce over a huge range — ignores termination until the expression ends).
import { cypher } from '../db/cypher-files.ts';
import type { Database } from '../db/database.ts';

async function autoCommit(db: Database, name: string, params: Record<string, unknown>) {
  // SHOW/TERMINATE TRANSACTIONS are administration commands: an auto-commit statement, never retried.
  return db.withSession(async (session) => (await session.run(cypher(name), params, { timeout: 5_000 })).records, {
    mode: 'WRITE',
  });
}

export async function openConsoleTransactions(db: Database, tag: string): Promise<string[]> {
  return (await autoCommit(db, 'list-console-transactions', { tag })).map((r) => r.get('transactionId') as string);
}

/** Terminates the request's transactions; resolves to those that were open. */
export async function terminateConsoleTransactions(db: Database, tag: string): Promise<string[]> {
  const ids = await openConsoleTransactions(db, tag);
  if (ids.length) await autoCommit(db, 'terminate-transactions', { ids });
  return ids;
}
