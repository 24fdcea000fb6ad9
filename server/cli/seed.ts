// `npm run seed`: validates and loads the curated graph (idempotent: a second run changes nothing).
import { readEnv } from '../config.ts';
import { applySchema } from '../db/apply-schema.ts';
import { connect } from '../startup/connect.ts';
import { LocalNeo4jError } from '../../neo4j/local-neo4j.ts';
import { loadSeed } from '../seed/load-seed.ts';
import { readSeed, SeedValidationError } from '../seed/read-seed.ts';

let conn;
try {
  const seed = readSeed();
  conn = await connect(readEnv());
  await applySchema(conn.db);
  const report = await loadSeed(conn.db, seed);
  console.log(`Seeded: ${report.nodes} nodes, ${report.relationships} relationships, ${report.ties} ties in ${report.ms} ms`);
} catch (err) {
  console.error(err instanceof SeedValidationError || err instanceof LocalNeo4jError ? err.message : err);
  process.exitCode = 1;
} finally {
  await conn?.close();
}
