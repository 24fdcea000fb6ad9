// Serves the explorer (built once per run by the test setup) with the real app against the test Neo4j.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { Browser } from 'playwright-core';
import { inject } from 'vitest';
import { createApp } from '../../server/app.ts';
import { launchBrowser } from './browser.ts';
import { testDatabase } from './test-app.ts';

export async function startWebApp(): Promise<{ url: string; close(): Promise<void> }> {
  const db = testDatabase();
  const server: Server = createApp({ db, webRoot: inject('webRoot') }).listen(0, '127.0.0.1');
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

/** The explorer served and Debian's Chromium to drive it: what every browser test file starts and stops. */
export async function startExplorerSession(): Promise<{ url: string; browser: Browser; close(): Promise<void> }> {
  const app = await startWebApp();
  const browser = await launchBrowser();
  return {
    url: app.url,
    browser,
    async close() {
      await browser.close();
      await app.close();
    },
  };
}
