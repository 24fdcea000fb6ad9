// Constraints and indexes from cypher/apply-schema.cypher, applied at start-up (IF NOT EXISTS: idempotent).
import { cypherStatements } from './cypher-files.ts';
import type { Database } from './database.ts';
import { mapDatabaseError } from './database-errors.ts';

export async function applySchema(db: Database): Promise<void> {
  const session = db.driver.session({ database: db.database });
  try {
    for (const statement of cypherStatements('apply-schema')) await session.run(statement);
    await session.run('CALL db.awaitIndexes(60)');
  } catch (err) {
    throw mapDatabaseError(err);
  } finally {
    await session.close();
  }
}
