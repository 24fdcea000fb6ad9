// The console page in Debian's Chromium against the real app and Neo4j: type a query, Ctrl+Enter, see the table;
// a write shows the refusal; the permalink restores the query; CSV downloads; the graph view draws; CSP holds.
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { startTestApp, type TestApp } from '../helpers/test-app.ts';

const artifacts = resolve('tests/artifacts');
let app: TestApp;
let browser: Browser;
let context: BrowserContext;
const problems: string[] = [];

beforeAll(async () => {
  mkdirSync(artifacts, { recursive: true });
  app = await startTestApp(undefined, { cypherConsole: { rateLimit: 10_000 } });
  browser = await launchBrowser();
  // One context: pages share localStorage (history), as tabs of one browser profile do.
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

async function openConsole(hash = ''): Promise<Page> {
  const page = await context.newPage();
  // Refusals are 4xx responses, which Chromium logs as failed loads: those are expected, anything else is not.
  page.on(
    'console',
    (m) => void (m.type() === 'error' && !m.text().startsWith('Failed to load resource') && problems.push(m.text())),
  );
  page.on('pageerror', (e) => void problems.push(e.message));
  await page.goto(`${app.url}/console.html${hash}`);
  await page.locator('.cc-schema .cc-chip').first().waitFor();
  return page;
}

async function typeQuery(page: Page, query: string) {
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(query);
}

describe('Cypher console page', () => {
  it('runs a typed query with Ctrl+Enter and shows the table', async () => {
    const page = await openConsole();
    await expect.poll(() => page.locator('.cc-schema').textContent()).toContain('City 19');
    await page.locator('.cc-params').fill('{"city": "ru-kaluga"}');
    await typeQuery(
      page,
      'MATCH (c:City {id: $city})-[:TIE]-(o:City) RETURN o.nameEn AS twin, o.country AS country ORDER BY twin',
    );
    await page.keyboard.press('Control+Enter');
    await page.locator('.cc-table td', { hasText: 'Smolensk' }).waitFor();
    expect(await page.locator('.cc-table th').allTextContents()).toEqual(['twin', 'country']);
    expect(await page.locator('[data-role="status"]').textContent()).toMatch(/\d+ rows? · [\d.]+ ms/);
    await page.screenshot({ path: `${artifacts}/console-table.png` });

    // The permalink in the address bar restores query and parameters in a fresh page.
    const hash = new URL(page.url()).hash;
    expect(hash).toContain('cypher=');
    const restored = await openConsole(hash);
    expect(await restored.locator('.cm-content').textContent()).toContain('MATCH (c:City {id: $city})');
    expect(await restored.locator('.cc-params').inputValue()).toBe('{"city": "ru-kaluga"}');
    // History keeps the query (localStorage of the same origin).
    expect(await restored.locator('.cc-history li').count()).toBeGreaterThan(0);
    await restored.close();

    // CSV download of the result.
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-role="csv"]').click()]);
    expect(download.suggestedFilename()).toBe('cypher-result.csv');
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.split('\r\n')[0]).toBe('twin,country');
    expect(csv).toContain('Smolensk,RU');
    await page.close();
  });

  it('shows the refusal of a write in plain words', async () => {
    const page = await openConsole();
    await typeQuery(page, "MATCH (c:City {id: 'ru-kaluga'}) SET c.nameEn = 'Hacked'");
    await page.keyboard.press('Control+Enter');
    const error = page.locator('[data-role="error"]');
    await error.waitFor();
    expect(await error.textContent()).toMatch(/read-only.*write_refused/s);
    await page.screenshot({ path: `${artifacts}/console-refusal.png` });
    await page.close();
  });

  it('draws a path result as a graph, from the example library', async () => {
    const page = await openConsole();
    await page.locator('.cc-examples button', { hasText: 'two-step neighbourhood' }).click();
    await page.locator('[data-role="run"]').click();
    // Paths only: the result opens on the graph; the table is one click away.
    await page.locator('.cc-graph').waitFor();
    expect(await page.locator('.cc-graph circle').count()).toBeGreaterThan(3);
    expect(await page.locator('.cc-graph text', { hasText: 'Mogilev' }).count()).toBe(1);
    await page.screenshot({ path: `${artifacts}/console-graph.png` });
    await page.locator('[data-view="table"]').click();
    await page
      .locator('.cc-table td', { hasText: /^path of \d steps?$/ })
      .first()
      .waitFor();
    await page.close();
  });

  it('a failed query clears the result and its downloads, and marks the error at its line and column', async () => {
    const page = await openConsole();
    await typeQuery(page, "MATCH (c:City {id: 'ru-kaluga'})-[:TIE]-(o:City)\nRETURN o.nameEn AS twin");
    await page.keyboard.press('Control+Enter');
    await page.locator('.cc-table td', { hasText: 'Smolensk' }).waitFor();
    expect(await page.locator('[data-role="csv"]').isDisabled()).toBe(false);
    await typeQuery(page, 'MATCH (c:City)\nRETURN c.nameEn ORDER BY BY c.id');
    await page.keyboard.press('Control+Enter');
    const error = page.locator('[data-role="error"]');
    await error.waitFor();
    expect(await error.textContent()).toMatch(/^line 2, column \d+: .*syntax_error/s);
    expect(await page.locator('.cc-table td').count()).toBe(0);
    expect(await page.locator('[data-role="csv"]').isDisabled()).toBe(true);
    expect(await page.locator('[data-role="json"]').isDisabled()).toBe(true);
    const mark = page.locator('.cm-lintRange-error');
    expect(await mark.count()).toBe(1);
    expect((await mark.textContent())!.length).toBeGreaterThan(0); // the token Neo4j names, on line 2
    expect(await page.locator('.cm-line').nth(1).locator('.cm-lintRange-error').count()).toBe(1);
    await page.screenshot({ path: `${artifacts}/console-error-marked.png` });
    // A corrected query clears the mark.
    await typeQuery(page, "MATCH p = (a:City {id: 'ru-kaluga'})-[:TIE]-(b:City {id: 'ru-tula'}) RETURN p, 1 AS n");
    await page.keyboard.press('Control+Enter');
    // A path opens on the graph; its table cell reads "path of 1 step".
    await page.locator('.cc-node').first().waitFor();
    await page.locator('[data-view="table"]').click();
    await page.locator('.cc-table td', { hasText: 'path of 1 step' }).waitFor();
    expect(await page.locator('.cm-lintRange-error').count()).toBe(0);
    expect(await error.isHidden()).toBe(true);
    await page.close();
  });

  it('shows a result of nodes or paths only as a graph by default', async () => {
    const page = await openConsole();
    await typeQuery(page, "MATCH p = (a:City {id: 'ru-kaluga'})-[:TIE]-(b:City) RETURN p");
    await page.keyboard.press('Control+Enter');
    await page.locator('.cc-graph circle').first().waitFor();
    expect(await page.locator('[data-view="graph"]').getAttribute('aria-selected')).toBe('true');
    await page.close();
  });

  it('ran without script errors or CSP violations', () => {
    expect(problems).toEqual([]);
  });
});
