// Constraints and indexes from cypher/apply-schema.cypher, applied at start-up (IF NOT EXISTS: idempotent).
import { cypherStatements } from './cypher-files.ts';
import type { Database } from './database.ts';

export async function applySchema(db: Database): Promise<void> {
  await db.withSession(
    async (session) => {
      for (const statement of cypherStatements('apply-schema')) await session.run(statement);
      await session.run('CALL db.awaitIndexes(60)');
    },
    { mode: 'WRITE' },
  );
}
