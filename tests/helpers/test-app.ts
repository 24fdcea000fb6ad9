// Serves the real app on an ephemeral port against the test Neo4j, for tests that speak HTTP.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { inject } from 'vitest';
import type { Express } from 'express';
import { createApp, type AppDeps } from '../../server/app.ts';
import type { CypherConsole } from '../../server/cypher-console/cypher-console.ts';
import { Database } from '../../server/db/database.ts';
import type { PngRenderer } from '../../server/embed/png.ts';

export interface TestApp {
  url: string;
  db: Database;
  /** The express app (its locals hold the Cypher console: stats, workers). */
  express: Express;
  get<T = any>(path: string): Promise<{ status: number; body: T; headers: Headers }>;
  close(): Promise<void>;
}

export function testDatabase(): Database {
  return new Database(inject('neo4j'));
}

export async function startTestApp(
  db: Database = testDatabase(),
  deps: Partial<Omit<AppDeps, 'db'>> = {},
): Promise<TestApp> {
  const express = createApp({ webRoot: inject('webRoot'), ...deps, db });
  const server: Server = express.listen(0, '127.0.0.1');
  await new Promise<void>((res) => server.once('listening', () => res()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    db,
    express,
    async get(path) {
      const res = await fetch(url + path);
      const text = await res.text();
      return { status: res.status, body: text ? JSON.parse(text) : undefined, headers: res.headers };
    },
    async close() {
      server.closeAllConnections();
      await new Promise((res) => server.close(res));
      await (express.locals.cypherConsole as CypherConsole | undefined)?.workers.close();
      await (express.locals.snapshots as PngRenderer | undefined)?.close();
      await db.close();
    },
  };
}
