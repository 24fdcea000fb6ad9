// Open transactions on the test Neo4j (SHOW TRANSACTIONS works on Community), for tests proving that a request
// released its transaction: every transaction but the one asking.
import { expect } from 'vitest';
import type { Database } from '../../server/db/database.ts';

export async function openTransactions(db: Database): Promise<Array<{ transactionId: string; currentQuery: string }>> {
  const session = db.driver.session({ database: db.database });
  try {
    const result = await session.run(
      'SHOW TRANSACTIONS YIELD transactionId, currentQuery RETURN transactionId, currentQuery',
    );
    return result.records
      .map((r) => r.toObject() as { transactionId: string; currentQuery: string })
      .filter((t) => !t.currentQuery.startsWith('SHOW TRANSACTIONS'));
  } finally {
    await session.close();
  }
}

/** Polls (no fixed sleep) until no transaction but this check's own is open; fails with what stays open. */
export async function expectNoOpenTransactions(db: Database, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let open = await openTransactions(db);
  while (open.length > 0 && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100));
    open = await openTransactions(db);
  }
  expect(open).toEqual([]);
}
