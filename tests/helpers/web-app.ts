// Builds the explorer once per test run (vite build API) and serves it with the real app against the test Neo4j.
import { resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { build } from 'vite';
import { createApp } from '../../server/app.ts';
import { testDatabase } from './test-app.ts';

export const e2eWebRoot = resolve(import.meta.dirname, '../../dist/web-e2e');
let built: Promise<unknown> | null = null;

export function buildWeb(): Promise<unknown> {
  built ??= build({ configFile: resolve(import.meta.dirname, '../../vite.config.ts'), logLevel: 'warn', build: { outDir: e2eWebRoot, emptyOutDir: true, sourcemap: false } });
  return built;
}

export async function startWebApp(): Promise<{ url: string; close(): Promise<void> }> {
  await buildWeb();
  const db = testDatabase();
  const server: Server = createApp({ db, webRoot: e2eWebRoot }).listen(0, '127.0.0.1');
  await new Promise<void>((res) => server.once('listening', () => res()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    async close() {
      server.closeAllConnections();
      await new Promise((res) => server.close(res));
      await db.close();
    },
  };
}
