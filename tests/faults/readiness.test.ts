// Honest readiness on a fresh start: while the schema and the curated seed are not in, GET /api/ready answers 503
// (GET /api/health says the database is not there) and the explorer, in Chromium, shows «Загружаем граф…» /
// "Loading the graph…" instead of an empty graph; the moment /api/ready is 200 the curated cities answer (no 404 for
// ru-kaluga, «Могилёв» found), /api/ready says the world import is still running while it does, and the open
// pages load the graph by themselves. The app starts before its own Neo4j does, so the "not ready" phase is certain.
import { rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { pino } from 'pino';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { startLocalNeo4j } from '../../neo4j/local-neo4j.ts';
import { supervise, type Supervisor } from '../../neo4j/supervise.ts';
import { createApp } from '../../server/app.ts';
import { Database } from '../../server/db/database.ts';
import { prepareDatabase, type Preparing } from '../../server/startup/prepare-database.ts';
import { ReadySchema } from '../../core/schemas/ready.schema.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { until } from './fault-app.ts';
// `window.explorer` in the page is typed by the explorer's test handle (brings its `declare global` in).
import type {} from '../../web/src/testing/explorer-handle.ts';

const boltPort = Number(process.env.FAULT_READY_BOLT_PORT ?? 7735);
const cleanups: (() => Promise<unknown> | unknown)[] = [];

afterEach(async () => {
  for (const clean of cleanups.splice(0).reverse()) await clean();
});

const statusOf = (page: Page) =>
  page.evaluate(() => {
    const el = document.querySelector('#status');
    return {
      text: el?.textContent ?? '',
      hidden: (el as HTMLElement | null)?.hidden ?? true,
      error: el?.classList.contains('error') ?? false,
    };
  });

describe('readiness on a fresh start', () => {
  it('is 503 until the curated graph is in, and the explorer waits with «Загружаем граф…»', async () => {
    const home = resolve('.data/neo4j-fault-ready');
    rmSync(home, { recursive: true, force: true });
    const db = new Database({ uri: `bolt://127.0.0.1:${boltPort}` });
    const preparing: Preparing = prepareDatabase(db, {
      seed: 'auto',
      world: 'auto',
      logger: pino({ level: 'silent' }),
      retryMs: 300,
    });
    cleanups.push(() => preparing.cancel());
    const server: Server = createApp({ db, webRoot: inject('webRoot'), readiness: preparing.readiness }).listen(
      0,
      '127.0.0.1',
    );
    await new Promise<void>((res) => server.once('listening', () => res()));
    cleanups.push(async () => {
      server.closeAllConnections();
      await new Promise((res) => server.close(res));
      await db.close();
    });
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const get = async (path: string) => {
      const res = await fetch(url + path);
      return { status: res.status, body: await res.json() };
    };

    const notReady = await get('/api/ready');
    expect(notReady).toMatchObject({
      status: 503,
      body: { error: { code: 'not_ready', details: { stage: 'schema' } } },
    });
    expect((await get('/api/health')).status).toBe(503);
    // The data routes say so too: never an empty or partial graph before the seed is in.
    expect((await get('/api/graph')).status).toBe(503);

    const browser: Browser = await launchBrowser();
    cleanups.push(() => browser.close());
    const ru = await browser.newPage();
    const en = await browser.newPage();
    const pageLog: string[] = [];
    for (const page of [ru, en]) {
      page.on('console', (m) => pageLog.push(`${m.type()}: ${m.text()}`));
      page.on('pageerror', (e) => pageLog.push(`pageerror: ${e}`));
    }
    await Promise.all([ru.goto(`${url}/`), en.goto(`${url}/?lang=en`)]);
    expect(
      await until(
        async () =>
          (await statusOf(ru)).text === 'Загружаем граф…' && (await statusOf(en)).text === 'Loading the graph…',
        30_000,
      ),
    ).toBe(true);
    expect(await ru.evaluate(() => window.explorer)).toBeUndefined();

    // Only now the database starts (as a supervised local Neo4j, like `npm start`).
    const supervisor: Supervisor = supervise(() => startLocalNeo4j({ port: boltPort, home, heap: '1g' }));
    cleanups.push(() => supervisor.stop());
    await supervisor.ready;
    // Still the loading screen, never an error, while the seed goes in.
    expect(await statusOf(ru)).toMatchObject({ hidden: false, error: false });

    let ready: { status: number; body: unknown } | undefined;
    expect(await until(async () => (ready = await get('/api/ready')).status === 200, 180_000, 100)).toBe(true);
    expect(ReadySchema.parse(ready!.body).status).toBe('ready');
    expect((await get('/api/cities/ru-kaluga')).status).toBe(200);
    const mogilev = await get(`/api/cities?q=${encodeURIComponent('Могилёв')}`);
    expect(mogilev.body.cities.length).toBeGreaterThan(0);

    // While the world import's write transaction runs, readiness says so.
    const importing = async () =>
      (await db.read<{ query: string }>('list-transaction-queries', {}, 5_000)).some((r) =>
        /UNWIND \$rows/.test(r.query),
      ) && (await get('/api/ready')).body.world === 'importing';
    expect(await until(importing, 120_000, 50)).toBe(true);

    for (const page of [ru, en]) {
      await page
        .waitForFunction(() => (window.explorer?.model()?.nodes.length ?? 0) > 0, null, { timeout: 200_000 })
        .catch(async (err) => {
          throw new Error(`${err.message}\nstatus: ${JSON.stringify(await statusOf(page))}\n${pageLog.join('\n')}`);
        });
    }
    expect(await statusOf(ru)).toMatchObject({ hidden: true, error: false });

    await preparing.done;
    expect((await get('/api/ready')).body).toEqual({ status: 'ready', world: 'imported' });
  }, 400_000);
});
