// `npm run db`: the local Neo4j in the foreground until Ctrl+C.
import { localNeo4jSettings } from '../server/config.ts';
import { runCommand } from '../server/cli/run-command.ts';
import { startLocalNeo4j } from './local-neo4j.ts';

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
