// The explorer in Chromium for one browser test file: the app and the browser started once for the file, a fresh
// page per test, and a clean console checked after each test (no errors, no uncaught exceptions). Call it at the
// top of the file; it registers the hooks.
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { startExplorerSession } from './web-app.ts';
// `window.explorer` in the page is typed by the explorer's test handle (brings its `declare global` in).
import type {} from '../../web/src/testing/explorer-handle.ts';

export const ARTIFACTS = 'tests/artifacts';
export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };

export interface OpenOptions {
  /** Touch and a mobile viewport (default: for widths under 500 px). */
  touch?: boolean;
  /** Wait for the graph's first full drawing (default); false returns once the page has loaded. */
  drawn?: boolean;
  acceptDownloads?: boolean;
}

export function useExplorerPages() {
  let session: Awaited<ReturnType<typeof startExplorerSession>> | undefined;
  let page: Page | undefined;
  let errors: string[] = [];

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    session = await startExplorerSession();
  }, 240_000);
  afterAll(async () => {
    await session?.close();
  });
  afterEach(async () => {
    await page?.close();
    page = undefined;
    expect(errors).toEqual([]);
  });

  return {
    /** The served app and its browser (for pages a test opens itself). */
    get app() {
      return session!;
    },
    /** The explorer at `/${query}` in a new page, its console watched. */
    async open(query = '', viewport = DESKTOP, options: OpenOptions = {}): Promise<Page> {
      const touch = options.touch ?? viewport.width < 500;
      errors = [];
      page = await session!.browser.newPage({
        viewport,
        hasTouch: touch,
        isMobile: touch,
        acceptDownloads: options.acceptDownloads ?? false,
      });
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(`${session!.url}/${query}`);
      if (options.drawn !== false)
        await page.waitForFunction(() => window.explorer?.model() && window.explorer!.view.stats.fullDraws > 0, null, {
          timeout: 60_000,
        });
      return page;
    },
  };
}
