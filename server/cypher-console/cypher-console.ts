// Builds the console feature (routes → service → repository) from the database and its limits.
import type { Router } from 'express';
import type { Database } from '../db/database.ts';
import { readConsoleOptions, type ConsoleOptions } from './console.config.ts';
import { ConsoleRepository } from './console.repository.ts';
import { consoleRoutes } from './console.routes.ts';
import { ConsoleService } from './console.service.ts';

export function cypherConsole(db: Database, overrides: Partial<ConsoleOptions> = {}): Router {
  const options = { ...readConsoleOptions(), ...overrides };
  return consoleRoutes(new ConsoleService(new ConsoleRepository(db), options), options);
}
