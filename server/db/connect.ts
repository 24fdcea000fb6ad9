// Chooses the database: NEO4J_URI when set (Desktop, Docker, Aura, a cluster), else the local Neo4j that
// this process starts and owns. Shared by `npm start`, `npm run seed` and the other command-line tools.
import { startLocalNeo4j, type LocalNeo4j } from '../../neo4j/local-neo4j.ts';
import { localNeo4jSettings, type Env } from '../config.ts';
import { Database } from './database.ts';

export interface Connection {
  db: Database;
  local?: LocalNeo4j;
  close(): Promise<void>;
}

export async function connect(env: Env, log: (msg: string) => void = console.error): Promise<Connection> {
  let local: LocalNeo4j | undefined;
  let uri = env.NEO4J_URI;
  if (!uri) {
    log(`NEO4J_URI is unset: starting the local Neo4j on 127.0.0.1:${env.NEO4J_BOLT_PORT} (data in ${env.NEO4J_DATA_DIR})…`);
    local = await startLocalNeo4j(localNeo4jSettings(env));
    log(`local Neo4j pid ${local.process.pid} is ready at ${local.uri}`);
    uri = local.uri;
  }
  const db = new Database({ uri, user: env.NEO4J_USER, password: env.NEO4J_PASSWORD, database: env.NEO4J_DATABASE });
  return {
    db,
    local,
    async close() {
      await db.close().catch(() => {});
      await local?.stop();
    },
  };
}
