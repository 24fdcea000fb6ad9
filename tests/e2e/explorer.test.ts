// The explorer in Debian's chromium against the real app and the test Neo4j: pixels on the canvas, search and
// details with sources, the year slider, the map switch, the URL, keyboard navigation, and a clean console.
import { mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { startExplorerSession } from '../helpers/web-app.ts';
import { graphToColumns } from '../../core/graph/graph-columns.ts';
import type { Graph } from '../../core/schemas/graph.schema.ts';
// `window.explorer` in the page is typed by the explorer's test handle (brings its `declare global` in).
import type {} from '../../web/src/testing/explorer-handle.ts';

const ART = 'tests/artifacts';
let app: Awaited<ReturnType<typeof startExplorerSession>>;
let page: Page;
let errors: string[] = [];

beforeAll(async () => {
  mkdirSync(ART, { recursive: true });
  app = await startExplorerSession();
}, 240_000);
afterAll(async () => {
  await app?.close();
});
afterEach(async () => {
  await page?.close();
  // The console of every page must stay clean: no errors, no uncaught exceptions, no failed requests.
  expect(errors).toEqual([]);
});

async function open(query = '', viewport = { width: 1280, height: 800 }, touch = false): Promise<Page> {
  errors = [];
  page = await app.browser.newPage({ viewport, hasTouch: touch, isMobile: touch });
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  // A request the page itself aborts (a superseded details fetch) is not a failure.
  page.on(
    'requestfailed',
    (r) =>
      r.failure()?.errorText !== 'net::ERR_ABORTED' &&
      errors.push(`request failed: ${r.url()} ${r.failure()?.errorText}`),
  );
  await page.goto(`${app.url}/${query}`);
  await page.waitForFunction(() => window.explorer?.model() && window.explorer!.view.stats.fullDraws > 0, null, {
    timeout: 60_000,
  });
  return page;
}

const state = (p: Page) => p.evaluate(() => window.explorer!.store.state);

/** Counts canvas pixels near a colour (the canvas itself, not the DOM). */
function countPixels(p: Page, rgb: [number, number, number], tolerance = 40): Promise<number> {
  return p.evaluate(
    ([r, g, b, tol]) => {
      const c = document.querySelector<HTMLCanvasElement>('.network-canvas')!;
      const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      for (let i = 0; i < d.length; i += 4)
        if (Math.abs(d[i]! - r!) + Math.abs(d[i + 1]! - g!) + Math.abs(d[i + 2]! - b!) < tol!) n++;
      return n;
    },
    [...rgb, tolerance],
  );
}

async function searchAndChoose(p: Page, text: string) {
  await p.fill('#search', text);
  await p.waitForSelector('#search-results li', { timeout: 30_000 });
  await p.keyboard.press('Enter');
}

describe('the explorer', () => {
  test('draws the network on the canvas: nodes in the country colours, ties between them', async () => {
    const p = await open();
    await p.waitForFunction(() => (window.explorer!.visible()?.nodes.length ?? 0) > 10);
    // The layout still moves (and zooms to fit) after the first frame: wait for the colours to reach their size.
    await expect.poll(() => countPixels(p, [0xe6, 0x9f, 0x00]), { timeout: 20_000 }).toBeGreaterThan(200); // Russia, the most frequent country
    await expect.poll(() => countPixels(p, [0x56, 0xb4, 0xe9]), { timeout: 20_000 }).toBeGreaterThan(100); // Belarus
    await expect.poll(() => p.locator('.legend li').count()).toBeGreaterThan(1);
    await p.screenshot({ path: `${ART}/e2e-network.png` });
  }, 90_000);

  test('searching «Калуга» focuses Kaluga and shows its ties to Minsk, Tula and Smolensk with sources', async () => {
    const p = await open();
    await searchAndChoose(p, 'Калуга');
    await p.waitForSelector('.city-details[data-city="ru-kaluga"]', { timeout: 30_000 });
    for (const city of ['by-minsk', 'ru-tula', 'ru-smolensk']) {
      const tie = p.locator(`.city-details li.tie[data-tie="${city}"]`);
      await expect.poll(() => tie.count()).toBe(1);
      expect(await tie.locator('a.source').count()).toBeGreaterThan(0);
    }
    expect(await p.locator('.city-details h2').textContent()).toBe('Калуга');
    // Its coordinates, with the source that gives them (GeoNames, per FACTS.md).
    const coordinates = p.locator('.city-details .coordinates');
    expect(await coordinates.textContent()).toContain('54,5293° с. ш., 36,2754° в. д.');
    // The link opens the source's readable page (issue 17 §4), which links on to geonames.org.
    expect(await coordinates.locator('a.source').getAttribute('href')).toBe('/sources/geonames?lang=ru');
    const s = await state(p);
    expect(s.focus).toBe('ru-kaluga');
    expect(s.selected).toBe('ru-kaluga');
    // The neighbourhood is what is shown: Kaluga and its three partners.
    const shown = await p.evaluate(() => {
      const e = window.explorer!;
      return e
        .visible()!
        .nodes.map((i) => e.model()!.nodes[i]!.id)
        .sort();
    });
    expect(shown).toEqual(['by-minsk', 'ru-kaluga', 'ru-smolensk', 'ru-tula']);
    // Centred: Kaluga's node is near the middle of the canvas.
    const [x, y, w, h] = await p.evaluate(() => {
      const e = window.explorer!;
      const i = e.model()!.index.get('ru-kaluga')!;
      const [x, y] = e.view.screenOf(i);
      return [x, y, e.view.canvas.clientWidth, e.view.canvas.clientHeight];
    });
    expect(x).toBeGreaterThan(0);
    expect(x).toBeLessThan(w);
    expect(y).toBeGreaterThan(0);
    expect(y).toBeLessThan(h);
    await p.screenshot({ path: `${ART}/e2e-kaluga.png` });
  }, 90_000);

  test('the year slider at 1995 hides ties dated later (and undated ones follow their own toggle)', async () => {
    const p = await open('?tab=table');
    const all = await p.locator('.ties-table tbody tr').count();
    await p.locator('#year').fill('1995');
    await expect.poll(() => p.locator('#year-value').textContent()).toBe('1995');
    const dates = await p.locator('.ties-table tbody tr td:nth-child(6)').allTextContents();
    expect(dates.length).toBeLessThan(all);
    expect(dates.length).toBeGreaterThan(0);
    for (const d of dates) if (/^\d{4}/.test(d)) expect(Number(d.slice(0, 4))).toBeLessThanOrEqual(1995);
    expect(await p.locator('.ties-table tbody tr[data-link]').allTextContents()).toContainEqual(
      expect.stringContaining('Подольск'),
    );
    // Undated ties hidden by the toggle: only dated ones remain.
    await p.locator('#undated').uncheck();
    const dated = await p.locator('.ties-table tbody tr td:nth-child(6)').allTextContents();
    expect(dated.every((d) => /^\d{4}/.test(d))).toBe(true);
    expect((await state(p)).year).toBe(1995);
    await p.screenshot({ path: `${ART}/e2e-year-1995.png` });
  }, 90_000);

  test('forums are on the canvas as of the chosen year: a diamond and the editions at each shown host', async () => {
    const p = await open('?year=2017');
    const marks = () =>
      p.evaluate(() => {
        const e = window.explorer!;
        return Object.fromEntries((e.scene()?.forums ?? []).map((m) => [e.model()!.nodes[m.node]!.id, m.label]));
      });
    // IX Mogilev 2017, VIII Podolsk 2015, VII Minsk (year unknown: shown while undated items are).
    await expect
      .poll(marks, { timeout: 20_000 })
      .toMatchObject({ 'by-mogilev': 'IX', 'ru-podolsk': 'VIII', 'by-minsk': 'VII' });
    await expect.poll(() => countPixels(p, [0xff, 0xd1, 0x66], 30), { timeout: 20_000 }).toBeGreaterThan(50);
    expect(await p.locator('.legend .forum-key .count').textContent()).toBe(String(Object.keys(await marks()).length));
    await p.screenshot({ path: `${ART}/e2e-forums-2017.png` });
    // Screen readers hear it too: selecting Mogilev names the forum it hosted.
    await p.evaluate(() => window.explorer!.store.dispatch({ type: 'select', id: 'by-mogilev' }));
    await expect.poll(() => p.locator('#announcer').textContent()).toContain('Форумы: IX');
    // A tag is a way in: clicking «IX» opens that forum's details.
    // The layout may still be moving (and refitting) on a busy machine: click where the tag is now, until it opens.
    const clickTag = async () => {
      const tag = await p.evaluate(() => window.explorer!.view.forumTags().find((t: any) => t.id === 'forum-09')?.box);
      if (tag) await p.locator('.network-canvas').click({ position: { x: tag.x + tag.w / 2, y: tag.y + tag.h / 2 } });
      return p
        .locator('.forum-details h2')
        .textContent({ timeout: 1_000 })
        .catch(() => null);
    };
    await expect.poll(clickTag, { timeout: 30_000, interval: 500 }).toBe('IX — Могилёв');
    await p.locator('#undated').uncheck();
    await expect.poll(marks).not.toHaveProperty('by-minsk');
    await p.locator('#year').fill('1995'); // before forum I (Gomel, 1998)
    await expect.poll(marks).toEqual({});
    expect(await p.locator('.legend .forum-key').count()).toBe(0);
  }, 90_000);

  test('the map layout switches with an animation and draws the borders', async () => {
    const p = await open();
    const before = await p.evaluate(() => Array.from(window.explorer!.view.positions.slice(0, 2)));
    await p.click('#tab-map');
    await p.waitForFunction(() => window.explorer!.view.currentLayout === 'map');
    // The 800 ms switch animation moves the nodes; a busy machine may take longer to draw its frames. When it is
    // over the cities are where they are on Earth: Kaluga and Tula (160 km apart) side by side, Minsk west of
    // Smolensk, Omsk far east of Kaluga.
    await expect
      .poll(() => p.evaluate(() => Array.from(window.explorer!.view.positions.slice(0, 2))), { timeout: 10_000 })
      .not.toEqual(before);
    const onEarth = () =>
      p.evaluate(() => {
        const e = window.explorer!;
        const at = (id: string) => e.view.screenOf(e.model()!.index.get(id)!);
        const [kaluga, tula, minsk, smolensk, omsk] = [
          'ru-kaluga',
          'ru-tula',
          'by-minsk',
          'ru-smolensk',
          'ru-omsk',
        ].map(at);
        return (
          Math.hypot(kaluga![0] - tula![0], kaluga![1] - tula![1]) < 30 &&
          minsk![0] < smolensk![0] &&
          omsk![0] - kaluga![0] > 100
        );
      });
    await expect.poll(onEarth, { timeout: 10_000 }).toBe(true);
    await expect.poll(() => countPixels(p, [0x1f, 0x2a, 0x3a], 6), { timeout: 10_000 }).toBeGreaterThan(5000); // land fill
    expect(await p.locator('#tab-map').getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => p.url()).toContain('tab=map');
    await p.screenshot({ path: `${ART}/e2e-map.png` });
  }, 90_000);

  test('the URL restores the view', async () => {
    const p = await open('?lang=en&tab=map&year=2020&undated=0&focus=ru-kaluga&sel=ru-kaluga');
    await p.waitForSelector('.city-details[data-city="ru-kaluga"]', { timeout: 30_000 });
    expect(await p.locator('.city-details h2').textContent()).toBe('Kaluga');
    expect(await p.locator('#tab-map').textContent()).toBe('Map');
    expect(await p.locator('#year').inputValue()).toBe('2020');
    expect(await p.locator('#undated').isChecked()).toBe(false);
    // Change the view by hand, then open the resulting link in a fresh page: the same state comes back.
    await p.locator('canvas').focus();
    await p.keyboard.press(']');
    await p.mouse.move(700, 400);
    const k0 = (await state(p)).transform?.k;
    await p.mouse.wheel(0, -300);
    // The zoom reaches the state and then the URL after their debounces (200 + 150 ms).
    await expect
      .poll(
        async () => {
          const k = (await state(p)).transform?.k;
          return k !== undefined && k !== k0 && decodeURIComponent(p.url()).includes(`,${k.toFixed(4)}`);
        },
        { timeout: 10_000 },
      )
      .toBe(true);
    const s1 = await state(p);
    expect(s1.transform).not.toBeNull();
    const url = p.url();
    await p.screenshot({ path: `${ART}/e2e-url-before.png` });
    const errs = errors;
    await p.close();
    const q = await open(url.slice(app.url.length + 1));
    const s2 = await state(q);
    expect(s2).toEqual(s1);
    await expect
      .poll(() => q.evaluate(() => window.explorer!.view.transform.k), { timeout: 10_000 })
      .toBeCloseTo(s1.transform!.k, 3);
    await q.screenshot({ path: `${ART}/e2e-url-after.png` });
    expect(errs).toEqual([]);
  }, 120_000);

  test('keyboard navigation moves the selection and says so to screen readers', async () => {
    const p = await open();
    await p.locator('canvas').focus();
    await p.keyboard.press('Home');
    const first = (await state(p)).selected;
    expect(first).toBeTruthy();
    await p.keyboard.press('ArrowRight');
    const second = (await state(p)).selected;
    expect(second).toBeTruthy();
    expect(second).not.toBe(first);
    await p.keyboard.press(']');
    const third = (await state(p)).selected;
    const neighbours = await p.evaluate((id) => {
      const m = window.explorer!.model()!;
      const i = m.index.get(id!)!;
      return m.adjacency[i]!.map((l) => m.nodes[m.source[l] === i ? m.target[l]! : m.source[l]!]!.id);
    }, second);
    expect(neighbours).toContain(third);
    const name = await p.evaluate((id) => {
      const m = window.explorer!.model()!;
      return m.nodes[m.index.get(id!)!]!.nameRu;
    }, third);
    await expect.poll(() => p.locator('#announcer').textContent()).toContain(name);
    await p.keyboard.press('Enter');
    expect((await state(p)).focus).toBe(third);
    await p.screenshot({ path: `${ART}/e2e-keyboard.png` });
  }, 90_000);

  test('explore: a shortest path is highlighted with its agreements; PNG and SVG export the view', async () => {
    const p = await open('?focus=ru-tula&sel=ru-tula');
    await p.waitForSelector('.city-details[data-city="ru-tula"]', { timeout: 30_000 });
    await p.click('#cmd-path-from');
    await p.evaluate(() => window.explorer!.store.dispatch({ type: 'select', id: 'ru-omsk' }));
    await p.click('#cmd-path-to');
    await p.waitForSelector('.path-steps li', { timeout: 30_000 });
    const steps = await p.locator('.path-steps li').allTextContents();
    expect(steps.length).toBeGreaterThan(1);
    expect(steps[0]).toContain('Тула');
    expect(steps.at(-1)).toContain('Омск');
    expect((await state(p)).path).toEqual(['ru-tula', 'ru-omsk']);
    const onPath = await p.evaluate(() => {
      const e = window.explorer!;
      return [...e.visible()!.pathNodes].map((i) => e.model()!.nodes[i]!.id);
    });
    expect(onPath).toContain('ru-omsk');
    await expect.poll(() => countPixels(p, [0xff, 0xff, 0xff], 10), { timeout: 10_000 }).toBeGreaterThan(300); // the white path and rings
    await p.screenshot({ path: `${ART}/e2e-path.png` });
    await p.click('.export summary');
    const [png] = await Promise.all([p.waitForEvent('download'), p.click('#export-png')]);
    expect(png.suggestedFilename()).toBe('pobratim-ru-tula.png'); // named by what it shows (journeys-exports.test.ts)
    const [svg] = await Promise.all([p.waitForEvent('download'), p.click('#export-svg')]);
    const text = await new Promise<string>((res) =>
      svg.createReadStream().then((s) => {
        let d = '';
        s.on('data', (c) => (d += c));
        s.on('end', () => res(d));
      }),
    );
    expect(text).toContain('<svg');
    expect(text).toContain('Омск');
  }, 90_000);

  test("the Data links download the view's ties for Gephi, spreadsheets and code, with the view's filters", async () => {
    const p = await open('?year=2017');
    await p.click('#filter-ru-by');
    await p.click('.export summary');
    const href = (f: string) => p.locator(`#export-${f}`).getAttribute('href');
    await expect.poll(() => href('csv')).toMatch(/^\/api\/export\?/);
    const params = new URLSearchParams((await href('csv'))!.split('?')[1]);
    expect(Object.fromEntries(params)).toMatchObject({ country: 'BY,RU', to: '2017', format: 'csv' });
    const csv = await p.request.get(app.url + (await href('csv'))!);
    expect(csv.status()).toBe(200);
    const lines = (await csv.text()).trim().split('\n');
    expect(lines[0]).toContain('city1');
    expect(lines.length).toBeGreaterThan(5);
    for (const f of ['graphml', 'gexf', 'json'])
      expect((await p.request.get(app.url + (await href(f))!)).status(), f).toBe(200);
  }, 90_000);

  test('on a phone-sized screen with touch the canvas and the panels stay usable', async () => {
    const p = await open('?focus=by-mogilev&sel=by-mogilev', { width: 390, height: 844 }, true);
    await p.waitForSelector('.city-details[data-city="by-mogilev"]', { timeout: 30_000 });
    // A tap on a neighbour selects it (hit-testing with a touch margin).
    // Tap where Tula is now, until it is selected (the layout may still move on a busy machine).
    const tapTula = async () => {
      const [tx, ty] = await p.evaluate(() => {
        const e = window.explorer!;
        const r = e.view.canvas.getBoundingClientRect();
        const [x, y] = e.view.screenOf(e.model()!.index.get('ru-tula')!);
        return [r.left + x, r.top + y];
      });
      await p.touchscreen.tap(tx, ty);
      return (await state(p)).selected;
    };
    await expect.poll(tapTula, { timeout: 30_000, interval: 800 }).toBe('ru-tula');
    await p.waitForSelector('.city-details[data-city="ru-tula"]', { timeout: 30_000 });
    const box = await p.locator('canvas').boundingBox();
    expect(box!.width).toBeLessThanOrEqual(390);
    expect(box!.height).toBeGreaterThan(300);
    expect(await countPixels(p, [0x56, 0xb4, 0xe9])).toBeGreaterThan(50);
    await p.screenshot({ path: `${ART}/e2e-phone.png`, fullPage: true });
  }, 90_000);
  test('the Cypher console is a tab of the explorer, and the Embed button gives the snippet of the view', async () => {
    const p = await open('?focus=ru-kaluga&depth=1');
    await p.click('#tab-console');
    await p.waitForSelector('[data-role="run"]', { timeout: 60_000 });
    await p.waitForSelector('[data-role="examples"] li', { timeout: 30_000 });
    await p.click('[data-role="run"]');
    await p.waitForSelector('[data-role="table"] table', { timeout: 30_000 });
    expect(await p.locator('[data-role="table"] tbody tr').count()).toBeGreaterThan(0);
    await p.screenshot({ path: `${ART}/e2e-console-tab.png` });

    await p.click('#tab-network');
    await p.locator('details.export > summary').click();
    await p.click('#export-embed');
    const snippet = await p.locator('dialog.embed-dialog textarea[name="plain"]').inputValue();
    expect(snippet).toContain('<iframe');
    expect(snippet).toContain('/embed?');
    expect(snippet).toContain('focus=ru-kaluga');
    await p.screenshot({ path: `${ART}/e2e-embed-dialog.png` });
  }, 120_000);
});

describe('a graph the page cannot trust', () => {
  test('a /api/graph answer that fails the schema is refused with the reason, and nothing is drawn', async () => {
    errors = [];
    page = await app.browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('pageerror', (e) => errors.push(String(e)));
    // The page turns the columns into rows before the graph worker has checked them (the check runs beside): the
    // page must still take nothing until the worker says the whole graph is valid.
    const bad = {
      nodes: [
        {
          id: 'ru-kaluga',
          type: 'city',
          nameRu: 'Калуга',
          nameEn: 'Kaluga',
          country: 'RU',
          lat: 'north',
          lon: 36.3,
          degree: 1,
        },
      ],
      links: [],
      truncated: false,
      attribution: [],
    };
    await page.context().route(/\/api\/graph\.columns\.json\.gz\?/, (route) =>
      route.fulfill({
        body: gzipSync(JSON.stringify(graphToColumns(bad as unknown as Graph))),
        contentType: 'application/gzip',
      }),
    );
    await page.goto(`${app.url}/`);
    await expect.poll(() => page.locator('.status.error').textContent(), { timeout: 30_000 }).toContain('lat');
    expect(await page.locator('.status.error').textContent()).toContain('Не удалось загрузить данные');
    expect(await page.evaluate(() => window.explorer?.model() ?? null)).toBeNull();
    expect(await page.evaluate(() => window.explorer?.view.stats.fullDraws ?? 0)).toBe(0);
  }, 60_000);
});
