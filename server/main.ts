// `npm start`: owns the process — the database (local Neo4j child or NEO4J_URI), schema and seed, HTTP
// listening, and a clean shutdown on SIGINT/SIGTERM that also stops the local Neo4j.
import type { Server } from 'node:http';
import { pino } from 'pino';
import { LocalNeo4jError } from '../neo4j/local-neo4j.ts';
import { readEnv } from './config.ts';
import { connect, connectConsole, type Connection } from './startup/connect.ts';
import { prepareDatabase } from './startup/prepare-database.ts';
import { createApp } from './app.ts';
import { createServices } from './services.ts';
import type { CypherConsole } from './cypher-console/cypher-console.ts';
import type { GraphBodies } from './graph/graph-bodies.ts';
import type { PngRenderer } from './embed/png.ts';
import { startDiagnostics } from './http/diagnostics.ts';
import type { GraphChangeCache } from './http/graph-change-cache.ts';
import { hardenServer } from './http/harden-server.ts';
import { viteDev } from './web/vite-dev.ts';
import { warmUp } from './startup/warm-up.ts';
import { collectWhenIdle } from './startup/idle-gc.ts';

const env = readEnv();
const logger = pino({ level: env.LOG_LEVEL });

let conn: Connection;
try {
  conn = await connect(env, (msg) => logger.info(msg));
} catch (err) {
  console.error(err instanceof LocalNeo4jError ? err.message : err);
  process.exit(1);
}

const consoleBackend = connectConsole(conn, (msg) => logger.info(msg));
// The composition root: every service built once, shared by the start-up (the world import) and the routes.
const services = createServices(conn.db, { responseCacheBytes: env.RESPONSE_CACHE_MB * 1024 * 1024 });
const preparing = prepareDatabase(conn.db, { seed: env.SEED, world: env.WORLD, logger, imports: services.imports });
// The suggestion model is fitted (in a worker thread) once the graph is loaded, not by the first request.
void preparing.done.then(() => services.suggestions.warm()).catch(() => {});
const dev = process.argv.includes('--dev') ? viteDev() : undefined;
const app = createApp({
  db: conn.db,
  consoleBackend,
  logger,
  adminToken: env.ADMIN_TOKEN,
  web: dev?.handler,
  readiness: preparing.readiness,
  services,
});
const server: Server = app.listen(env.PORT, env.HOST);
const { responseCache, cypherConsole, snapshots, graphBodies } = app.locals as {
  responseCache: GraphChangeCache;
  cypherConsole: CypherConsole;
  snapshots: PngRenderer;
  graphBodies: GraphBodies;
};
// The garbage of starting, importing, copying and warming collected while no user waits (startup/idle-gc.ts).
const stopIdleGc = collectWhenIdle(logger);
const stopDiagnostics = startDiagnostics(logger, env.DIAGNOSTICS_EVERY_S, {
  cache: () => responseCache.stats(),
  counts: () => ({
    consoleWorkers: cypherConsole.workers.live,
    ...(consoleBackend.copiesHeld && { consoleCopies: consoleBackend.copiesHeld() }),
    warmedUp: warmed,
    snapshotThreads: snapshots.stats.threads,
    snapshotsWaiting: snapshots.stats.waiting,
  }),
});
// The console's worker threads load their modules (seconds of CPU each, niced) before the first console queries.
void preparing.done.then(() => cypherConsole.workers.warm()).catch(() => {});
// Once the graph and its metrics are in, one answer of each hot kind is made before users ask (startup/warm-up.ts).
let warmed = 0;
void preparing.done
  .then(() => services.analytics.refreshMetrics())
  .then(() => {
    const at = server.address();
    const host = typeof at === 'object' && at && !['0.0.0.0', '::'].includes(at.address) ? at.address : '127.0.0.1';
    return warmUp(`http://${host.includes(':') ? `[${host}]` : host}:${env.PORT}`, logger, {
      cities: env.WARM_UP_CITIES,
    });
  })
  .then(
    () => (warmed = 1),
    (err) => logger.warn({ err }, 'warm-up not done'),
  );
hardenServer(server, env);
// City metrics are recomputed off the request path whenever the graph changes (docs/analytics.md).
const stopMetrics = services.analytics.watch(15, (err) =>
  logger.debug({ err }, 'city metrics not computed this time; retried on the next check'),
);
await dev?.attach(server);
server.on('listening', () => logger.info(`Pobratim is serving http://${env.HOST}:${env.PORT} (API docs at /api/docs)`));
server.on('error', async (err: NodeJS.ErrnoException) => {
  console.error(
    err.code === 'EADDRINUSE' ? `Port ${env.PORT} is busy: stop what uses it or set PORT to a free port.` : err.message,
  );
  await consoleBackend.close();
  await conn.close();
  process.exit(1);
});

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info(`${signal}: shutting down`);
  preparing.cancel();
  stopDiagnostics();
  stopIdleGc();
  stopMetrics();
  server.close();
  server.closeIdleConnections();
  const force = setTimeout(() => server.closeAllConnections(), 5_000);
  await new Promise<void>((res) => server.once('close', () => res()));
  clearTimeout(force);
  await dev?.close();
  await consoleBackend.close();
  await snapshots.close();
  await graphBodies.close();
  await services.embeds.close();
  await services.analytics.close();
  await conn.close();
  process.exit(0);
}
process.once('SIGINT', () => void shutdown('SIGINT'));
process.once('SIGTERM', () => void shutdown('SIGTERM'));
