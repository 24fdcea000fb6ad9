// The explorer's real page `/` opening the world network, as a user opens it: the real server (createApp) against a
// Neo4j holding the curated seed and the world import, warmed first; Chromium navigates to `/` and the page's own
// marks (explorer:first-frame, explorer:layout-settled) and a 'longtask' observer say when the first frame was drawn
// and how long the main thread was blocked, from navigation until the layout has settled. Used by render.bench.ts.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { createApp } from '../../server/app.ts';
import type { Database } from '../../server/db/database.ts';
import { loadWorld } from '../../server/import/load-world.ts';
import pino from 'pino';

const root = resolve(import.meta.dirname, '../..');

export interface AppLoad {
  label: string;
  /** Milliseconds from navigation: the first drawn frame of the graph, and the layout settled. */
  firstFrameMs: number;
  settledMs: number;
  longestTaskMs: number;
  /** The longest of those that started before the first frame: loading proper, before the layout's redraws. */
  longestLoadingTaskMs: number;
  /** Every long task (> 50 ms) from navigation until the view settled, in ms, in order. */
  longTasks: number[];
  /** The page's own marks (graph:* from loading the graph and its check, explorer:* from start-up), ms after navigation. */
  marks: Record<string, number>;
  errors: string[];
}

/** The world in the bench database (imported once; a later run on the same database finds it there). */
export const importWorld = (db: Database) => loadWorld(db, pino({ level: 'silent' }));

/** Builds the explorer's pages into `outDir`: this tree's, or with `ref` the tree of that git commit (the
 *  before-and-after comparison runs both in one process, against the same server and under the same load). */
export async function buildExplorer(outDir: string, ref?: string): Promise<void> {
  let from = root;
  let tmp: string | undefined;
  if (ref) {
    tmp = from = mkdtempSync(join(tmpdir(), 'pobratim-before-'));
    execFileSync('sh', [
      '-c',
      `(git -C "${root}" archive "${ref}" web server core vite.config.ts tsconfig.json package.json | tar -x -C "${tmp}") 2>/dev/null || git -C "${root}" archive "${ref}" web server vite.config.ts tsconfig.json package.json | tar -x -C "${tmp}"`,
    ]);
    symlinkSync(resolve(root, 'node_modules'), join(tmp, 'node_modules'));
  }
  try {
    await build({
      root: join(from, 'web'),
      configFile: join(from, 'vite.config.ts'),
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true, sourcemap: false },
    });
  } finally {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  }
}

/** The real app serving `webRoot` on 127.0.0.1 (an ephemeral port), its graph responses warmed. */
export async function serveApp(db: Database, webRoot: string): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createApp({ db, webRoot }).listen(0, '127.0.0.1');
  await new Promise<void>((r) => server.once('listening', () => r()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // The graph as `npm start` serves it carries the stored city metrics (docs/analytics.md), a larger answer: asking
  // for a city's metrics starts their computation, and the page is measured once they are stored.
  for (let i = 0; i < 120; i++) {
    const m = (await (await fetch(`${url}/api/analytics/cities/ru-kaluga`)).json()) as { metrics?: unknown };
    if (m.metrics) break;
    await new Promise((r) => setTimeout(r, 1000));
  }
  for (const path of ['/api/ready', '/api/forums', '/api/graph?limit=50000', '/api/graph.columns.json.gz?limit=50000'])
    await (await fetch(`${url}${path}`)).arrayBuffer();
  return {
    url,
    close: async () => (server.closeAllConnections(), await new Promise<void>((r) => server.close(() => r()))),
  };
}

// A string, not a function: tsx would wrap the function's inner names in a helper the page does not have.
const INSTRUMENT = `
  const load = (window.load = { tasks: [] });
  new PerformanceObserver((list) => list.getEntries().forEach((e) => load.tasks.push({ start: e.startTime, duration: e.duration }))).observe({ type: 'longtask', buffered: true });
  const drawn = () => performance.getEntriesByName('explorer:first-frame').length > 0 || (window.explorer && window.explorer.view.stats.fullDraws > 0);
  const poll = () => (drawn() ? (load.firstFrame = performance.now()) : requestAnimationFrame(poll));
  requestAnimationFrame(poll);
  const Base = window.Worker;
  window.Worker = class extends Base {
    constructor(...args) {
      super(...args);
      this.addEventListener('message', (e) => void (e.data && e.data.settled === true && (load.settled ??= performance.now())));
    }
  };
`;

/** Opens `url`/ in a new page and waits for the view to settle; returns the figures. */
export async function measureAppLoad(browser: Browser, url: string, label: string): Promise<AppLoad> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  // Measured from outside the app, the same way for any version of it: the first frame is the time, in the first
  // animation frame that can see it, at which the canvas has finished a full drawing (the painter's
  // `explorer:first-frame` mark, or for older builds `window.explorer`'s draw count); the view has settled when the
  // layout worker says so.
  await page.addInitScript({ content: INSTRUMENT });
  try {
    await page.goto(`${url}/`);
    await page.waitForFunction(
      () =>
        (window as unknown as { load: { settled?: number; firstFrame?: number } }).load.settled !== undefined &&
        (window as unknown as { load: { firstFrame?: number } }).load.firstFrame !== undefined,
      null,
      { timeout: 180_000, polling: 500 },
    );
    await page.waitForTimeout(1500); // the redraw after the last positions, and labels
    const load = await page.evaluate(
      () =>
        (
          window as unknown as {
            load: { tasks: { start: number; duration: number }[]; firstFrame: number; settled: number };
          }
        ).load,
    );
    const marks = Object.fromEntries(
      await page.evaluate(() => performance.getEntriesByType('mark').map((m) => [m.name, Math.round(m.startTime)])),
    ) as Record<string, number>;
    const longTasks = load.tasks.map((t) => Math.round(t.duration));
    const loading = load.tasks.filter((t) => t.start < load.firstFrame).map((t) => Math.round(t.duration));
    return {
      label,
      firstFrameMs: load.firstFrame,
      settledMs: load.settled,
      longestTaskMs: Math.max(0, ...longTasks),
      longestLoadingTaskMs: Math.max(0, ...loading),
      longTasks,
      marks,
      errors,
    };
  } finally {
    await page.close();
  }
}
