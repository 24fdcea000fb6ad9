// `npm run db`: the local Neo4j in the foreground until Ctrl+C (the launcher is neo4j/; its CLI lives with the
// others so that neo4j/ imports nothing of the app).
import { startLocalNeo4j } from '../../neo4j/local-neo4j.ts';
import { localNeo4jSettings } from '../../neo4j/settings.ts';
import { runCommand } from './run-command.ts';

await runCommand({
  usage: 'npm run db',
  async run() {
    const db = await startLocalNeo4j({ ...localNeo4jSettings(), inheritOutput: true });
    console.error(`Neo4j is ready at ${db.uri} (Ctrl+C stops it)`);
    await new Promise<void>((res) => {
      process.once('SIGINT', res);
      process.once('SIGTERM', res);
    });
    await db.stop();
    process.exit(0); // as before: nothing of the stopped JVM may keep this process waiting
  },
});
