// Accessibility checked by axe-core (Deque's rule engine, the one Lighthouse and the browsers' devtools use) in
// Debian's chromium, on every page a reader meets — the explorer in each tab, with details open and in English,
// the embed dialog, the embed itself (list and map), the standalone Cypher console — under the pages' own CSP:
// WCAG 2.1 A and AA plus Deque's best practices, no violation of any impact.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { violations } from '../helpers/axe-violations.ts';
import { startExplorerSession } from '../helpers/web-app.ts';

let app: Awaited<ReturnType<typeof startExplorerSession>>;

beforeAll(async () => {
  app = await startExplorerSession();
}, 240_000);
afterAll(async () => {
  await app?.close();
});

async function open(path: string, ready: string): Promise<Page> {
  const p = await app.browser.newPage({ viewport: { width: 1280, height: 800 } });
  await p.goto(`${app.url}${path}`);
  await p.waitForSelector(ready, { timeout: 60_000 });
  return p;
}

describe('accessibility (axe-core, WCAG 2.1 AA)', () => {
  test.each([
    ["the network with a city's details", '/?focus=ru-kaluga&sel=ru-kaluga', '.city-details[data-city="ru-kaluga"] h2'],
    ['the map, in English', '/?tab=map&lang=en&sel=by-minsk', '.city-details[data-city="by-minsk"] h2'],
    ['the forums tab', '/?tab=forums', '.forums-view svg'],
    ['the table tab', '/?tab=table', '.ties-table tbody tr'],
    ['the Cypher console tab, with a result', '/?tab=console', '[data-role="examples"] li'],
    ['the embed', '/embed?focus=ru-kaluga', 'html[data-rendered="true"]'],
    ['the embed as a map, in English', '/embed?focus=ru-kaluga&layout=map&lang=en', 'html[data-rendered="true"]'],
    ['the standalone Cypher console', '/console.html', '[data-role="examples"] li'],
  ])(
    '%s',
    async (_name, path, ready) => {
      const p = await open(path, ready);
      if (path.includes('console')) {
        await p.click('[data-role="run"]');
        await p.waitForSelector('[data-role="table"] table', { timeout: 30_000 });
      }
      expect(await violations(p)).toEqual([]);
      await p.close();
    },
    90_000,
  );

  test('a shortest path, with the search suggestions open', async () => {
    const p = await open('/?focus=ru-tula&sel=ru-tula&path=ru-tula,ru-omsk', '.path-steps li');
    await p.fill('#search', 'Калу');
    await p.waitForSelector('#search-results li');
    expect(await violations(p)).toEqual([]);
    await p.close();
  }, 90_000);

  test('the embed dialog', async () => {
    const p = await open('/?focus=ru-kaluga', '.network-canvas');
    await p.locator('details.export > summary').click();
    await p.click('#export-embed');
    await p.waitForSelector('dialog.embed-dialog textarea[name="plain"]');
    expect(await violations(p)).toEqual([]);
    await p.close();
  }, 90_000);
});
