// Builds the console feature (routes → service → worker threads → the console's database) from its backend — the
// sandbox, or the main database with CONSOLE_SANDBOX=off — and its limits.
import type { Router } from 'express';
import type { Logger } from 'pino';
import type { ConsoleBackend } from './console-backend.ts';
import { readConsoleOptions, type ConsoleOptions } from './console.config.ts';
import { consoleRoutes } from './console.routes.ts';
import { ConsoleService } from './console.service.ts';
import { ConsoleWorkers } from './console-workers.ts';

export interface CypherConsole {
  router: Router;
  service: ConsoleService;
  workers: ConsoleWorkers;
}

export function cypherConsole(
  backend: ConsoleBackend,
  overrides: Partial<ConsoleOptions> = {},
  log?: Logger,
): CypherConsole {
  const options = { ...readConsoleOptions(), ...overrides };
  const workers = new ConsoleWorkers({ ...backend.connection, nice: options.workerNice }, options.concurrency);
  const service = new ConsoleService(backend, workers, options, log);
  return { router: consoleRoutes(service, options), service, workers };
}
