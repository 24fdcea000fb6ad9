// Issue 17 §3 in Chromium: one colour per country in every view, filter, year, tab and embed (Russia and Belarus
// fixed, the legend matching), the styling rules in the URL, and the inspector.
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { ARTIFACTS as ART, PHONE, useExplorerPages } from '../helpers/explorer-pages.ts';
import { BELARUS_COLOUR, RUSSIA_COLOUR, countryColour } from '../../core/style/country-colours.ts';

const pages = useExplorerPages();
const open = pages.open;

/** The colour each shown country is drawn in (from the scene's batches) and the legend's colour for it. */
function drawnAndLegend(p: Page) {
  return p.evaluate(() => {
    const e = window.explorer!;
    const drawn: Record<string, string> = {};
    for (const b of e.scene()!.nodeBatches)
      for (const i of b.nodes) drawn[e.model()!.nodes[i]!.country ?? 'none'] = b.colour;
    const legend: Record<string, string> = {};
    for (const li of document.querySelectorAll<HTMLElement>('.legend li[data-key]'))
      legend[li.dataset.key!] = li.dataset.colour!;
    return { drawn, legend };
  });
}

describe('one colour per country', () => {
  test('Belarus and Russia keep their colours across filters, years, tabs and the path; the legend matches', async () => {
    const views = [
      '?country=BY,RU',
      '?country=BY,RU&undated=0&year=1995',
      '?tab=map&country=BY,RU',
      '',
      '?path=ru-tula,ru-omsk',
    ];
    for (const q of views) {
      const p = await open(q);
      await p.waitForFunction(() => (window.explorer!.visible()?.nodes.length ?? 0) > 1);
      const { drawn, legend } = await drawnAndLegend(p);
      if (drawn.BY) expect(drawn.BY, q).toBe(BELARUS_COLOUR);
      if (drawn.RU) expect(drawn.RU, q).toBe(RUSSIA_COLOUR);
      for (const [c, colour] of Object.entries(drawn))
        if (c !== 'none') expect(colour, `${q} ${c}`).toBe(countryColour(c));
      for (const [c, colour] of Object.entries(legend))
        if (c !== 'none') expect(colour, `${q} legend ${c}`).toBe(drawn[c]);
      if (q === '?country=BY,RU&undated=0&year=1995') await p.screenshot({ path: `${ART}/journeys-colours-1995.png` });
      await p.close();
    }
  }, 180_000);

  test('the country filter shows each country in its colour', async () => {
    const p = await open();
    await p.locator('details.countries summary').click();
    const by = await p.locator('details.countries label[data-country="BY"] .swatch').getAttribute('style');
    expect(by).toContain(BELARUS_COLOUR);
  }, 90_000);
});

describe('styling rules', () => {
  test('colour by decade of the first tie and size by all ties, kept in the URL and in a reload', async () => {
    const p = await open('?country=BY,RU');
    await p.locator('details.style summary').click();
    await p.selectOption('#colour-by', 'decade');
    await p.selectOption('#size-by', 'all');
    // The address follows the store after a short pause: wait for both choices, not only the first.
    await expect.poll(() => p.evaluate(() => location.search)).toContain('colour=decade');
    await expect.poll(() => p.evaluate(() => location.search)).toContain('size=all');
    await expect.poll(() => p.locator('.legend').getAttribute('data-colour-by')).toBe('decade');
    const labels = await p.locator('.legend li[data-key]').allTextContents();
    expect(labels.some((t) => /\d{4}-е/.test(t))).toBe(true);
    const { drawn, legend } = await drawnAndLegend(p);
    expect(Object.keys(drawn).length).toBeGreaterThan(0);
    expect(Object.values(legend).length).toBeGreaterThan(1);
    await p.screenshot({ path: `${ART}/journeys-style-decade.png` });
    const url = await p.evaluate(() => location.search);
    await p.close();
    const again = await open(url);
    expect(await again.evaluate(() => window.explorer!.store.state.colourBy)).toBe('decade');
    expect(await again.locator('#colour-by').inputValue()).toBe('decade');
  }, 120_000);

  test('colour by kind on a phone: the legend names the kinds', async () => {
    const p = await open('?colour=kind', PHONE);
    await expect.poll(() => p.locator('.legend li[data-key="twinning"]').count()).toBeGreaterThan(0);
    await p.screenshot({ path: `${ART}/journeys-style-kind-phone.png`, fullPage: true });
  }, 90_000);
});

describe('the inspector', () => {
  test('a city shows every property with its sources; a tie clicked on the canvas shows its own', async () => {
    const p = await open('?focus=ru-kaluga&sel=ru-kaluga');
    await p.waitForSelector('.city-details[data-city="ru-kaluga"] details.inspector', { timeout: 30_000 });
    await p.locator('details.inspector summary').click();
    const lat = p.locator('details.inspector tr[data-property="lat"]');
    expect(await lat.locator('td').first().textContent()).toMatch(/^54\.5/);
    expect(await lat.locator('a.source').count()).toBeGreaterThan(0);
    expect(await p.locator('details.inspector tr[data-property="degree"] .computed').count()).toBe(1);
    await p.screenshot({ path: `${ART}/journeys-inspector-city.png` });
    // The middle of the Kaluga–Tula tie on the canvas, then a click there.
    await p.waitForTimeout(1500); // the neighbourhood's layout settles (positions read right before the click)
    const [x, y] = await p.evaluate(() => {
      const e = window.explorer!;
      const [ax, ay] = e.view.screenOf(e.model()!.index.get('ru-kaluga')!);
      const [bx, by] = e.view.screenOf(e.model()!.index.get('ru-tula')!);
      return [(ax + bx) / 2, (ay + by) / 2];
    });
    const box = (await p.locator('.network-canvas').boundingBox())!;
    await p.mouse.click(box.x + x, box.y + y);
    const tie = p.locator('.tie-inspector');
    await tie.waitFor({ timeout: 15_000 });
    expect(await tie.getAttribute('data-tie')).toMatch(/ru-kaluga|ru-tula/);
    expect(await tie.locator('tr[data-property="kind"] a.source').count()).toBeGreaterThan(0);
    await p.screenshot({ path: `${ART}/journeys-inspector-tie.png` });
    // Closing the panel closes the tie's details too.
    await p.locator('#details-close, .details .close').first().click();
    await expect.poll(() => tie.count()).toBe(0);
  }, 120_000);
});
