// The explorer as `npm start` serves it by default: the curated graph plus the whole world network (17,133
// places, ~24,700 ties) fetched through /api/graph and parsed in the page. The file imports the world into the
// test Neo4j, and restores the curated-only graph afterwards, as the other test files expect it. What only the
// world's size tests is here too: the country filter, the table's pages and filter, the console's examples and the
// console page's licence credit.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { ImportRepository } from '../../server/import/import.repository.ts';
import { ImportService } from '../../server/import/import.service.ts';
import { worldFile } from '../../server/import/load-world.ts';
import { WORLD_LICENCE } from '../../server/import/world-source.ts';
import { examples } from '../../web/console/examples.ts';
import { postCypher } from '../helpers/cypher-client.ts';
import { restoreCuratedGraph } from '../helpers/graph-checksum.ts';
import { testDatabase } from '../helpers/test-app.ts';
import { startExplorerSession } from '../helpers/web-app.ts';
// `window.explorer` in the page is typed by the explorer's test handle (brings its `declare global` in).
import type {} from '../../web/src/testing/explorer-handle.ts';

const db = testDatabase();
let app: Awaited<ReturnType<typeof startExplorerSession>>;

beforeAll(async () => {
  await new ImportService(new ImportRepository(db)).run(readFileSync(worldFile));
  app = await startExplorerSession();
}, 240_000);
afterAll(async () => {
  await app?.close();
  await restoreCuratedGraph(db);
  await db.close();
}, 240_000);

/** Runs `check` on the explorer at `query` once its graph is loaded; the page's console must stay clean. */
async function withExplorer(query: string, check: (page: Page) => Promise<void>) {
  const errors: string[] = [];
  const page = await app.browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  try {
    await page.goto(`${app.url}/${query}`);
    await page.waitForFunction(() => window.explorer?.visible(), null, { timeout: 120_000 });
    await check(page);
    expect(errors).toEqual([]);
  } finally {
    await page.close();
  }
}

test('opens on the whole world network, credits it, and still finds «Калуга» with curated and world ties', async () => {
  await withExplorer('', async (page) => {
    await page.waitForFunction(() => window.explorer!.view.stats.fullDraws > 0, null, { timeout: 120_000 });
    const shown = await page.evaluate(() => {
      const m = window.explorer!.model()!;
      return { nodes: m.nodes.length, links: m.links.length, truncated: m.truncated };
    });
    expect(shown.nodes).toBeGreaterThan(17_000);
    expect(shown.links).toBeGreaterThan(24_000);
    expect(shown.truncated).toBe(false);
    await expect.poll(() => page.locator('#attribution').textContent()).toContain(WORLD_LICENCE);

    await page.fill('#search', 'Калуга');
    await page.waitForSelector('#search-results li', { timeout: 30_000 });
    await page.keyboard.press('Enter');
    await page.waitForSelector('.city-details[data-city="ru-kaluga"]', { timeout: 30_000 });
    // The curated ties keep their own sources; the world adds Kaluga's other twins, citing the dataset.
    expect(await page.locator('.city-details li.tie[data-tie="ru-smolensk"] a.source').count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator('.city-details li.tie').count()).toBeGreaterThan(3);
    expect(await page.locator('.city-details').textContent()).toContain('Wikipedia contributors');
    await page.screenshot({ path: 'tests/artifacts/e2e-world-kaluga.png' });
  });
}, 180_000);

test("a focused city's partners get a layout of their own, and the whole graph gets its own back", async () => {
  await withExplorer('?focus=ru-kaluga', async (page) => {
    // Layout units between Kaluga and the partners near it on the globe, and the closest two shown places.
    const spread = () =>
      page.evaluate(() => {
        const e = window.explorer!;
        const xy: Float32Array = e.view.positions;
        const at = (id: string) => e.model()!.index.get(id)!;
        const d = (a: number, b: number) => Math.hypot(xy[2 * a]! - xy[2 * b]!, xy[2 * a + 1]! - xy[2 * b + 1]!);
        const shown: number[] = e.visible()!.nodes;
        let closest = Infinity;
        for (const a of shown) for (const b of shown) if (a < b) closest = Math.min(closest, d(a, b));
        return {
          shown: shown.length,
          closest,
          near: Math.min(...['ru-tula', 'ru-smolensk', 'by-minsk'].map((id) => d(at('ru-kaluga'), at(id)))),
        };
      });
    // Geographically Tula is ~150 km from Kaluga: a few units of the world layout. On its own the focus spreads out.
    await expect.poll(async () => (await spread()).closest, { timeout: 30_000 }).toBeGreaterThan(25);
    const focused = await spread();
    expect(focused.shown).toBeGreaterThan(4);
    expect(focused.near).toBeGreaterThan(40);
    await page.getByRole('button', { name: 'Весь граф' }).click();
    await expect.poll(async () => (await spread()).shown, { timeout: 30_000 }).toBeGreaterThan(17_000);
    await expect.poll(async () => (await spread()).near, { timeout: 30_000 }).toBeLessThan(focused.near / 3);
  });
}, 180_000);

test("the forums map places every host, the world file having given the seed's unlocated ones coordinates", async () => {
  await withExplorer('?tab=forums', async (page) => {
    await page.waitForSelector('.forum-map g.host');
    const hosts = await page.locator('.forum-map g.host text').allTextContents();
    expect(hosts).toHaveLength(8); // editions I and VII–XIII, each at another city
    for (const city of ['X Жодино', 'XI Псков', 'XIII Красногорск', 'IX Могилёв']) expect(hosts).toContain(city);
  });
}, 120_000);

test('every country of the world can be filtered, found by typing its name', async () => {
  await withExplorer('?lang=en', async (page) => {
    const countries = await page.evaluate(() => window.explorer!.model()!.countries.length);
    expect(countries).toBeGreaterThan(150);
    await page.locator('details.countries summary').click();
    expect(await page.locator('details.countries input[type=checkbox]').count()).toBe(countries);
    await page.fill('#country-filter', 'kazakh');
    await expect
      .poll(() => page.locator('details.countries label:visible').allTextContents())
      .toEqual([expect.stringContaining('Kazakhstan')]);
    await page.locator('details.countries label[data-country="KZ"] input').check();
    await page.fill('#country-filter', 'russia');
    await page.locator('details.countries label[data-country="RU"] input').check();
    await expect
      .poll(async () => (await page.evaluate(() => window.explorer!.store.state.countries)).sort())
      .toEqual(['KZ', 'RU']);
    const shown = await page.evaluate(() => {
      const e = window.explorer!;
      return [...new Set(e.visible()!.nodes.map((i) => e.model()!.nodes[i]!.country))].sort();
    });
    expect(shown).toEqual(['KZ', 'RU']);
    // The legend lists what is shown, Russia and Kazakhstan, each in its one colour (core/style).
    await expect
      .poll(() => page.locator('.legend li').evaluateAll((els) => els.map((e) => e.getAttribute('data-key'))))
      .toEqual(['RU', 'KZ']);
    // Checked countries stay listed whatever is typed.
    await page.fill('#country-filter', 'zzz');
    expect(await page.locator('details.countries label:visible').count()).toBe(2);
  });
}, 120_000);

test('the table reads the world a page at a time, and filters by what is typed', async () => {
  await withExplorer('?lang=en&tab=table', async (page) => {
    await page.waitForSelector('.ties-table tbody tr', { timeout: 60_000 });
    const total = await page.evaluate(() => window.explorer!.visible()!.links.length);
    expect(await page.locator('.ties-table tbody tr').count()).toBe(100);
    expect(await page.locator('.ties-table caption').textContent()).toBe(`Ties shown: 1–100 of ${total}`);
    const firstPage = await page.locator('.ties-table tbody tr').first().getAttribute('data-link');
    await page.click('.pager .next');
    await expect.poll(() => page.locator('.ties-table caption').textContent()).toBe(`Ties shown: 101–200 of ${total}`);
    expect(await page.locator('.ties-table tbody tr').first().getAttribute('data-link')).not.toBe(firstPage);
    await page.fill('#table-filter', 'Kaluga');
    await expect
      .poll(() => page.locator('.ties-table caption').textContent())
      .toMatch(/^Ties shown: 1–\d+ of \d+ \(filtered from \d+\)$/);
    const cities = await page
      .locator('.ties-table tbody tr')
      .evaluateAll((rows) => rows.map((r) => r.textContent ?? ''));
    expect(cities.length).toBeGreaterThan(3);
    for (const row of cities) expect(row).toContain('Kaluga');
    await expect
      .poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.id))
      .toBe('table-filter'); // typing keeps its place
  });
}, 120_000);

test('every example of the Cypher console answers on the world network within the console timeout', async () => {
  for (const example of examples) {
    const { status, body } = await postCypher(app.url, example.query, example.params);
    expect(status, `${example.title.en}: ${JSON.stringify(body).slice(0, 300)}`).toBe(200);
  }
  // The world answers differently: every city that sent a delegation has a twin across the border somewhere.
  const noTwin = examples.find((e) => e.title.en.startsWith('Cities at a forum with no twin'))!;
  expect((await postCypher(app.url, noTwin.query)).body.rows).toEqual([]);
}, 120_000);

test('the Cypher console page credits the data any query may return: the world network, and GeoNames for coordinates', async () => {
  const page = await app.browser.newPage();
  try {
    await page.goto(`${app.url}/console.html`);
    await expect
      .poll(() => page.locator('.cc-attribution').textContent(), { timeout: 30_000 })
      .toBe(`Data: GeoNames (geonames.org), CC BY 4.0 · ${WORLD_LICENCE}`);
  } finally {
    await page.close();
  }
}, 60_000);
