// `npm run db`: the local Neo4j in the foreground until Ctrl+C.
import { LocalNeo4jError, startLocalNeo4j } from './local-neo4j.ts';
import { localNeo4jSettings } from './settings.ts';

try {
  const db = await startLocalNeo4j({ ...localNeo4jSettings(), inheritOutput: true });
  console.error(`Neo4j is ready at ${db.uri} (Ctrl+C stops it)`);
  const stop = () => void db.stop().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (err) {
  console.error(err instanceof LocalNeo4jError ? err.message : err);
  process.exit(1);
}
