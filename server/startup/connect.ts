// Chooses the database: NEO4J_URI when set (Desktop, Docker, Aura, a cluster), else the local Neo4j that
// this process starts, owns and supervises (restarted if it dies). Either way a watchdog pings the database and opens
// its breaker while it does not answer. Shared by `npm start`, `npm run seed` and the other command-line tools.
import { spawnSync } from 'node:child_process';
import { startLocalNeo4j, type LocalNeo4j } from '../../neo4j/local-neo4j.ts';
import { supervise, type Supervisor } from '../../neo4j/supervise.ts';
import { mainDatabaseBackend, type ConsoleBackend } from '../cypher-console/console-backend.ts';
import { readSandboxSettings } from '../cypher-console/console.config.ts';
import { ConsoleSandbox } from '../cypher-console/console-sandbox.ts';
import { SandboxPair } from '../cypher-console/console-sandbox-pair.ts';
import { localNeo4jSettings, type Env } from '../config.ts';
import { Database } from '../db/database.ts';
import { startWatchdog, type WatchdogOptions } from '../db/watchdog.ts';

export interface Connection {
  db: Database;
  /** The supervisor of the local Neo4j (absent with NEO4J_URI). */
  supervisor?: Supervisor;
  /** The local Neo4j running right now, if any. */
  readonly local: LocalNeo4j | undefined;
  close(): Promise<void>;
}

/** Where `npm start` runs console queries: the sandbox (started in the background), or the main database. */
export function connectConsole(conn: Connection, log: (msg: string) => void = console.error): ConsoleBackend {
  const sandbox = readSandboxSettings();
  if (sandbox.mode === 'off') {
    log('CONSOLE_SANDBOX=off: Cypher console queries run on the main database');
    return mainDatabaseBackend(conn.db);
  }
  if (spawnSync('java', ['-version'], { stdio: 'ignore' }).status !== 0) {
    log(
      'Java is missing: Cypher console queries run on the main database (no console sandbox); install Java 17+ to isolate them',
    );
    return mainDatabaseBackend(conn.db);
  }
  log(`starting the Cypher console sandbox on 127.0.0.1:${sandbox.port} (data in ${sandbox.home})…`);
  const first = { port: sandbox.port, home: sandbox.home, heap: sandbox.heap, log };
  if (!sandbox.standby) return ConsoleSandbox.launch(conn.db, first);
  log(
    `its warm standby will start on 127.0.0.1:${sandbox.standby.port} (data in ${sandbox.standby.home}) once the first copy is in`,
  );
  return SandboxPair.launch(conn.db, first, { ...first, ...sandbox.standby });
}

export interface ConnectOptions {
  watchdog?: WatchdogOptions;
}

export async function connect(
  env: Env,
  log: (msg: string) => void = console.error,
  opts: ConnectOptions = {},
): Promise<Connection> {
  let supervisor: Supervisor | undefined;
  let uri = env.NEO4J_URI;
  if (!uri) {
    log(
      `NEO4J_URI is unset: starting the local Neo4j on 127.0.0.1:${env.NEO4J_BOLT_PORT} (data in ${env.NEO4J_DATA_DIR})…`,
    );
    supervisor = supervise(() => startLocalNeo4j(localNeo4jSettings(env)), { log });
    const local = await supervisor.ready;
    log(`local Neo4j pid ${local.process.pid} is ready at ${local.uri}`);
    uri = local.uri;
  }
  const db = new Database({ uri, user: env.NEO4J_USER, password: env.NEO4J_PASSWORD, database: env.NEO4J_DATABASE });
  // A dead JVM is known at once: no need to wait for the watchdog's misses.
  supervisor?.on('down', (reason) => db.breaker.open(reason));
  const watchdog = startWatchdog(db, { log, ...opts.watchdog });
  return {
    db,
    supervisor,
    get local() {
      return supervisor?.neo4j;
    },
    async close() {
      watchdog.stop();
      await db.close().catch(() => {});
      await supervisor?.stop();
    },
  };
}
