// Builds the HTTP app from injected dependencies without listening, so tests drive it directly.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import compression from 'compression';
import express, { Router, type Express, type RequestHandler } from 'express';
import helmet from 'helmet';
import { pino, type Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import swaggerUi from 'swagger-ui-express';
import { agreementRoutes } from './agreements/agreement.routes.ts';
import { analyticsRoutes } from './analytics/analytics.routes.ts';
import { countryRoutes } from './analytics/country.routes.ts';
import { cityRoutes } from './cities/city.routes.ts';
import { mainDatabaseBackend, type ConsoleBackend } from './cypher-console/console-backend.ts';
import type { ConsoleOptions } from './cypher-console/console.config.ts';
import { cypherConsole } from './cypher-console/cypher-console.ts';
import { checkRawBody } from './cypher-console/raw-body-guard.ts';
import type { Database } from './db/database.ts';
import type { Readiness } from './startup/prepare-database.ts';
import { openApiDocument } from './docs/openapi.ts';
import { exportRoutes } from './export/export.routes.ts';
import { embedApiRoutes, embedPageRoutes } from './embed/embed.routes.ts';
import type { StoryLimits } from './embed/embed.service.ts';
import { PngRenderer, type PngRendererOptions } from './embed/png.ts';
import { forumRoutes } from './forums/forum.routes.ts';
import { GraphBodies } from './graph/graph-bodies.ts';
import { graphRoutes } from './graph/graph.routes.ts';
import { databaseGate } from './health/database-gate.ts';
import { healthRoutes } from './health/health.routes.ts';
import { readyRoutes } from './health/ready.routes.ts';
import { importRoutes } from './import/import.routes.ts';
import { readEnv } from './config.ts';
import type { ConcurrencyLimit } from './http/concurrency-limit.ts';
import { readOnlyCors } from './http/cors.ts';
import { NotFoundError } from './errors/errors.ts';
import { publicOrigin } from './http/public-origin.ts';
import { apiNotFound, errorHandler } from './http/error-handler.ts';
import type { RateLimit } from './http/rate-limit.ts';
import { pathRoutes } from './paths/path.routes.ts';
import { sourcePageRoutes, sourceRoutes } from './sources/source.routes.ts';
import { suggestionRoutes } from './suggestions/suggestion.routes.ts';
import { profileRoutes } from './profiles/profile.routes.ts';
import { createServices, type Services } from './services.ts';

export interface AppDeps {
  db: Database;
  logger?: Logger;
  /** Folder of the built explorer (vite build); served at / when present. */
  webRoot?: string;
  /** Limits of the Cypher console (POST /api/cypher); unset ones come from the CYPHER_* environment variables. */
  cypherConsole?: Partial<ConsoleOptions>;
  /** Where console queries run: the console sandbox (server/cypher-console/console-sandbox.ts); default `db` itself. */
  consoleBackend?: ConsoleBackend;
  /** Limit of POST /api/stories per client (default STORY_RATE_LIMIT). */
  storyRateLimit?: RateLimit;
  /** Bound of the response cache (graph, city, embed and snapshot bodies), in MB (text counted at 2 bytes a character); 0 turns it off. */
  responseCacheMb?: number;
  /** Bearer token for POST /api/import; import is disabled without one. */
  adminToken?: string;
  /** Serves the web pages instead of `webRoot` (`npm run dev`: Vite in middleware mode). */
  web?: RequestHandler;
  /** Exports streaming at once, per client and in all (default EXPORT_MAX_PER_CLIENT, EXPORT_MAX_TOTAL). */
  exportLimits?: ConcurrencyLimit;
  /** Bounds of story storage (default STORY_MAX_KB, STORY_MAX_COUNT, STORY_MAX_TOTAL_MB). */
  storyLimits?: StoryLimits;
  /** The public origin for absolute URLs (default PUBLIC_URL; without one, only loopback requests name it). */
  publicUrl?: string;
  /** HSTS and upgrade-insecure-requests: over TLS only (auto), always, or never (default HSTS). */
  hsts?: 'auto' | 'always' | 'never';
  /** Express's `trust proxy` (default TRUST_PROXY): e.g. loopback, 1, or the proxy's address. */
  trustProxy?: string;
  /** Rasterises PNG snapshots off the main thread (default SNAPSHOT_THREADS, SNAPSHOT_QUEUE); app.locals.snapshots. */
  snapshots?: PngRendererOptions;
  /** Progress of preparing the database (prepareDatabase), for GET /api/ready; unset means ready. */
  readiness?: () => Readiness;
  /** The services, built once by the caller (server/main.ts) — else built here from `db`. */
  services?: Services;
}

/** TRUST_PROXY as Express reads it: a hop count, true/false, or addresses and names (loopback, 10.0.0.1, …). */
function trustProxySetting(value: string): boolean | number | string {
  if (value === 'true' || value === 'false') return value === 'true';
  return /^\d+$/.test(value) ? Number(value) : value;
}

export const defaultWebRoot = resolve(import.meta.dirname, '..', 'dist', 'web');

export function createApp({
  db,
  logger = pino({ level: 'silent' }),
  webRoot = defaultWebRoot,
  cypherConsole: consoleLimits,
  consoleBackend,
  storyRateLimit,
  responseCacheMb,
  adminToken,
  web,
  readiness,
  ...deps
}: AppDeps): Express {
  const env = readEnv();
  const app = express();
  app.disable('x-powered-by');
  // Behind a reverse proxy (TRUST_PROXY): client addresses and the TLS flag come from its X-Forwarded-* headers.
  if (deps.trustProxy ?? env.TRUST_PROXY)
    app.set('trust proxy', trustProxySetting(deps.trustProxy ?? env.TRUST_PROXY!));
  // HSTS and upgrade-insecure-requests only where they hold: over TLS (req.secure, or a trusted proxy's
  // X-Forwarded-Proto), or when configured (HSTS=always); over plain HTTP (HOST=0.0.0.0, no TLS) they would
  // send browsers to an https:// that does not exist.
  const hsts = deps.hsts ?? env.HSTS;
  const headers = (tls: boolean) =>
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          workerSrc: ["'self'", 'blob:'],
          connectSrc: ["'self'"],
          frameAncestors: ["'none'"],
          upgradeInsecureRequests: tls ? [] : null,
        },
      },
      strictTransportSecurity: tls,
      crossOriginEmbedderPolicy: false,
    });
  const overTls = headers(true);
  const plain = headers(false);
  app.use((req, res, next) => (hsts === 'always' || (hsts === 'auto' && req.secure) ? overTls : plain)(req, res, next));
  // Source maps are not served (they would publish the sources; `npm run dev` serves its own through Vite).
  app.use((req, _res, next) =>
    next(!web && req.path.endsWith('.map') ? new NotFoundError('file', req.path) : undefined),
  );
  const originOf = publicOrigin(deps.publicUrl ?? env.PUBLIC_URL);
  // gzip for clients that ask (browsers do): the world network's /api/graph is 7.6 MB of JSON, ~1 MB gzipped.
  app.use(compression());
  app.use(
    pinoHttp({
      logger,
      customLogLevel: (_req, res, err) =>
        err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
    }),
  );
  // The console's raw body is checked before JSON.parse (depth, integers JSON would round): raw-body-guard.ts.
  app.use(
    express.json({
      limit: '100kb',
      verify: (req, _res, buf) => void (req.url?.startsWith('/api/cypher') && checkRawBody(buf.toString('utf8'))),
    }),
  );

  const { cache, ...services } =
    deps.services ??
    createServices(db, {
      responseCacheBytes: responseCacheMb === undefined ? undefined : responseCacheMb * 1024 * 1024,
      storyLimits: deps.storyLimits,
    });
  app.locals.responseCache = cache; // diagnostics (main.ts) read its size
  const api = Router();
  api.use(readOnlyCors);
  api.use(healthRoutes(db, Date.now()), readyRoutes(db, readiness), databaseGate(db, readiness));
  api.use(cityRoutes(services.cities, cache));
  api.use(suggestionRoutes(services.suggestions));
  api.use(profileRoutes(services.profiles));
  const graphBodies = new GraphBodies();
  app.locals.graphBodies = graphBodies; // shutdown ends its thread
  api.use(graphRoutes(services.graph, cache, graphBodies));
  api.use(
    exportRoutes(
      services.exports,
      deps.exportLimits ?? { perClient: env.EXPORT_MAX_PER_CLIENT, total: env.EXPORT_MAX_TOTAL },
    ),
  );
  api.use(forumRoutes(services.forums));
  api.use(agreementRoutes(services.agreements));
  api.use(analyticsRoutes(services.analytics));
  api.use(countryRoutes(services.countries));
  api.use(pathRoutes(services.paths));
  api.use(sourceRoutes(services.sources, cache));
  const consoleFeature = cypherConsole(consoleBackend ?? mainDatabaseBackend(db), consoleLimits, logger);
  app.locals.cypherConsole = consoleFeature; // tests read its stats; shutdown closes its worker threads
  api.use(consoleFeature.router);
  api.use(importRoutes(services.imports, adminToken));
  const snapshots = new PngRenderer(deps.snapshots ?? { threads: env.SNAPSHOT_THREADS, queue: env.SNAPSHOT_QUEUE });
  app.locals.snapshots = snapshots; // shutdown ends its threads; diagnostics read its queue
  api.use(embedApiRoutes(services.embeds, cache, originOf, snapshots, storyRateLimit));
  api.get('/openapi.json', (_req, res) => void res.json(openApiDocument()));
  // The docs page and Swagger UI's own files; any other path under /docs is an unknown API path (JSON 404).
  const docsFilesOnly: RequestHandler = (req, res, next) =>
    req.path.endsWith('/package.json') ? apiNotFound(req, res, next) : next();
  api.use('/docs', docsFilesOnly, swaggerUi.serve);
  api.get(
    ['/docs/', '/docs/index.html'],
    swaggerUi.setup(undefined, { swaggerUrl: '/api/openapi.json', customSiteTitle: 'Pobratim API' }),
  );
  api.use(apiNotFound);
  app.use('/api', api);
  app.use(embedPageRoutes(services.embeds, cache, webRoot, originOf, !web));
  app.use(sourcePageRoutes(services.sources, cache));

  if (web) {
    app.use(web);
  } else if (existsSync(join(webRoot, 'index.html'))) {
    app.use(express.static(webRoot, { index: 'index.html', maxAge: '1h' }));
  } else {
    app.get(
      '/',
      (_req, res) =>
        void res
          .type('text/plain')
          .send('Pobratim API is running: see /api/docs. Build the explorer with `npm run build`.'),
    );
  }
  app.use(errorHandler);
  return app;
}
