// Issue 18 §2 (the explorer's part) and §4 in Chromium: colour by community and size by PageRank through the
// controls, in the URL, the legend and a reload; size by each other metric (weighted PageRank, betweenness, closeness); and a city's profile in the details panel, in Russian, at desktop
// and phone widths, without horizontal scrolling.
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { ARTIFACTS as ART, DESKTOP, PHONE, useExplorerPages } from '../helpers/explorer-pages.ts';
import { COMMUNITY_COLOURS, OTHER_COMMUNITY_COLOUR } from '../../core/style/style-rules.ts';

const pages = useExplorerPages();
const open = pages.open;

/** Asking for a city's metrics starts the app's computation off the request path; they are fresh once stored. */
async function metricsComputed() {
  const status = async () =>
    ((await (await fetch(`${pages.app.url}/api/analytics/cities/ru-kaluga`)).json()) as { status: string }).status;
  await expect.poll(status, { timeout: 150_000, interval: 1000 }).toBe('fresh');
}

/** Places drawn, with their community and the colour and radius drawn. */
const drawn = (p: Page) =>
  p.evaluate(() => {
    const e = window.explorer!;
    type Metric = 'pagerank' | 'pagerankWeighted' | 'betweenness' | 'closeness';
    const out: Array<
      { id: string; community: number | null; colour: string; r: number } & Record<Metric, number | null>
    > = [];
    for (const b of e.scene()!.nodeBatches)
      for (const i of b.nodes) {
        const n = e.model()!.nodes[i]!;
        out.push({
          id: n.id,
          community: n.community ?? null,
          pagerank: n.pagerank ?? null,
          pagerankWeighted: n.pagerankWeighted ?? null,
          betweenness: n.betweenness ?? null,
          closeness: n.closeness ?? null,
          colour: b.colour,
          r: e.scene()!.radius[i]!,
        });
      }
    return out;
  });

describe('colour by community, size by a metric', () => {
  test('chosen in the controls, kept in the URL and the legend after a reload', async () => {
    await metricsComputed();
    const p = await open('?country=BY,RU');
    await p.locator('details.style summary').click();
    await p.selectOption('#colour-by', 'community');
    await p.selectOption('#size-by', 'pagerank');
    await expect.poll(() => p.evaluate(() => location.search)).toContain('colour=community');
    await expect.poll(() => p.evaluate(() => location.search)).toContain('size=pagerank');
    const url = await p.evaluate(() => location.search);
    await p.close();

    const again = await open(url);
    await expect.poll(() => again.locator('.legend').getAttribute('data-colour-by')).toBe('community');
    expect(await again.locator('#colour-by').inputValue()).toBe('community');
    expect(await again.locator('#size-by').inputValue()).toBe('pagerank');
    await expect.poll(() => again.locator('.legend .computed-note').first().textContent()).toContain('Louvain');
    expect(await again.locator('.legend').textContent()).not.toContain('не вычислены');
    const nodes = await drawn(again);
    expect(nodes.length).toBeGreaterThan(10);
    for (const n of nodes) {
      expect(n.community, n.id).not.toBeNull();
      const want = n.community! < COMMUNITY_COLOURS.length ? COMMUNITY_COLOURS[n.community!] : OTHER_COMMUNITY_COLOUR;
      expect(n.colour, n.id).toBe(want);
    }
    // The legend's rows carry the colours drawn.
    const legend = await again
      .locator('.legend li[data-key]')
      .evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.colour!));
    for (const c of new Set(nodes.map((n) => n.colour))) expect(legend).toContain(c);
    // Size by PageRank: the place of highest PageRank is drawn largest.
    const top = nodes.reduce((a, b) => (b.pagerank! > a.pagerank! ? b : a));
    expect(top.r).toBe(Math.max(...nodes.map((n) => n.r)));
    await again.screenshot({ path: `${ART}/profile-community-pagerank.png` });
    await again.locator('.legend').screenshot({ path: `${ART}/profile-community-legend.png` });

    // Size by each other metric (and by degree, "all ties"): named in Russian in the menu, kept in the URL, the
    // place with the highest value drawn largest, a place with less drawn smaller.
    await again.locator('details.style summary').click();
    const options = await again
      .locator('#size-by option')
      .evaluateAll((os) => os.map((o) => [(o as HTMLOptionElement).value, o.textContent]));
    expect(options).toEqual(
      expect.arrayContaining([
        ['all', 'все связи (степень)'],
        ['pagerankWeighted', 'PageRank по соглашениям'],
        ['betweenness', 'посредничество'],
        ['closeness', 'близость'],
      ]),
    );
    for (const metric of ['pagerankWeighted', 'betweenness', 'closeness'] as const) {
      await again.selectOption('#size-by', metric);
      await expect.poll(() => again.evaluate(() => location.search)).toContain(`size=${metric}`);
      await expect
        .poll(
          async () => {
            const now = await drawn(again);
            const top = now.reduce((a, b) => (b[metric]! > a[metric]! ? b : a));
            const low = now.reduce((a, b) => (b[metric]! < a[metric]! ? b : a));
            const maxR = Math.max(...now.map((n) => n.r));
            return now.every((n) => n[metric] !== null) && top.r === maxR && low.r < maxR;
          },
          { message: metric },
        )
        .toBe(true);
    }
    await again.screenshot({ path: `${ART}/size-by-closeness-ru.png` });
    await again.reload();
    await expect.poll(() => again.locator('#size-by').inputValue()).toBe('closeness');
  }, 300_000);
});

/** The page scrolls only down: nothing is wider than the window, the details panel included. */
const noSideScroll = (p: Page) =>
  p.evaluate(() => {
    const panel = document.getElementById('details')!;
    return document.documentElement.scrollWidth <= window.innerWidth && panel.scrollWidth <= panel.clientWidth + 1;
  });

describe("a city's profile", () => {
  for (const [name, viewport] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const)
    test(`Kaluga's profile in Russian on a ${name}: partners by country, ties by year, forums, cities like it`, async () => {
      await metricsComputed();
      const p = await open('?sel=ru-kaluga', viewport);
      const profile = p.locator('.city-profile');
      await profile.waitFor({ timeout: 60_000 });
      const text = await profile.textContent();
      for (const heading of ['Партнёры по странам', 'Связи по годам', 'Форумы', 'Похожие по положению в сети'])
        expect(text).toContain(heading);
      expect(await profile.locator('svg.country-bars g[data-country="BY"]').count()).toBe(1);
      expect(await profile.locator('svg.year-bars rect').count()).toBeGreaterThan(0);
      expect(text).toMatch(/без даты: \d+/);
      expect(await profile.locator('.profile-forums li').count()).toBeGreaterThan(0);
      const similar = await profile
        .locator('.similar-cities li')
        .evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.city));
      expect(similar.length).toBeGreaterThan(0);
      expect(similar).not.toContain('ru-kaluga');
      expect(text).toContain('Вычислено Pobratim');
      await expect.poll(() => noSideScroll(p)).toBe(true);
      await profile.scrollIntoViewIfNeeded();
      await p.screenshot({ path: `${ART}/profile-kaluga-ru-${name}.png`, fullPage: false });
      await profile.screenshot({ path: `${ART}/profile-kaluga-ru-${name}-section.png` });
      // A city like it opens its own details.
      await profile.locator('.similar-cities li button').first().click();
      await expect.poll(() => p.evaluate(() => window.explorer!.store.state.selected)).toBe(similar[0]);
    }, 300_000);
});
