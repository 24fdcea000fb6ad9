// `npm run db:install`: resolve Neo4j Community from Maven Central into neo4j/lib now (CI does this up front).
import { ensureArtifacts, LocalNeo4jError } from './local-neo4j.ts';

try {
  ensureArtifacts();
  console.error('Neo4j artifacts are in neo4j/lib');
} catch (err) {
  console.error(err instanceof LocalNeo4jError ? err.message : err);
  process.exit(1);
}
