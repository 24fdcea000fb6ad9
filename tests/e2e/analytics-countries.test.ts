// The Countries tab in Debian's chromium against the real app and the test Neo4j (issue 18 §3): the chord diagram
// in the countries' own colours with counts on hover and keyboard focus, a chord listing the city pairs behind it
// (the API's, with years and source links) and showing them in the network, a country's panel, the CSV of the
// pairs, and a phone that needs no sideways scroll — Russian first.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { ARTIFACTS as ART, DESKTOP, PHONE, useExplorerPages } from '../helpers/explorer-pages.ts';
import { CountryTiesSchema } from '../../core/schemas/analytics.schema.ts';
import { CountryPairTiesSchema } from '../../core/schemas/country-analytics.schema.ts';
import { BELARUS_COLOUR, RUSSIA_COLOUR } from '../../core/style/country-colours.ts';

const pages = useExplorerPages();
const open = (query: string, viewport = DESKTOP) =>
  pages.open(query, viewport, { touch: viewport.width < 500, drawn: false, acceptDownloads: true });
const apiJson = async (path: string) => (await fetch(`${pages.app.url}${path}`)).json();
const ribbon = (p: Page, pair: string) => p.locator(`.chord-ribbon[data-pair="${pair}"]`).first();
const visibleTip = (p: Page) => p.locator('.chord-tip:not([hidden])');
/** Clicks an arc where it is drawn: its bounding box's centre may be a ribbon, inside the ring. */
async function clickArc(p: Page, country: string) {
  const at = await p.locator(`.chord-arc[data-country="${country}"]`).evaluate((el) => {
    const path = el as SVGPathElement;
    const ctm = path.getScreenCTM()!;
    // The arc's outline runs along the outer edge first: a quarter of the way round, then a little inwards.
    const outer = path.getPointAtLength(path.getTotalLength() / 8);
    const point = new DOMPoint(outer.x * 0.96, outer.y * 0.96).matrixTransform(ctm);
    return { x: point.x, y: point.y };
  });
  await p.mouse.click(at.x, at.y);
}

describe('the Countries tab', () => {
  test('draws the chord in the countries’ colours, with counts on hover and focus, in Russian', async () => {
    const p = await open('?tab=countries');
    await p.waitForSelector('.country-chord[data-ready] .chord-ribbon');
    const view = CountryTiesSchema.parse(await apiJson('/api/analytics/countries'));
    const ruBy = view.pairs.find((x) => x.a === 'BY' && x.b === 'RU')!;
    expect(ruBy.ties).toBeGreaterThan(0);
    expect((await p.getAttribute('.chord-arc[data-country="RU"]', 'fill'))?.toUpperCase()).toBe(RUSSIA_COLOUR);
    expect((await p.getAttribute('.chord-arc[data-country="BY"]', 'fill'))?.toUpperCase()).toBe(BELARUS_COLOUR);
    expect(await p.locator('.chord-arc').count()).toBe(Math.min(view.countries.length, 15));
    expect(await p.locator('.chord-label').allTextContents()).toContain('Россия');
    expect(await ribbon(p, 'BY-RU').getAttribute('data-ties')).toBe(String(ruBy.ties));
    expect(await ribbon(p, 'BY-RU').locator('title').textContent()).toMatch(
      /^(Россия – Беларусь|Беларусь – Россия): [\d\s]+ связ/,
    );
    // The text alternative: the svg is labelled and described, the table lists every pair.
    expect(await p.getAttribute('.chord-svg', 'aria-label')).toContain('Хордовая диаграмма');
    expect(await p.locator('#chord-description').textContent()).toContain('Россия');
    expect(await p.locator('.country-pairs tbody tr').count()).toBe(Math.min(view.pairs.length, 20));
    // Hover: the tip says the count and the other ribbons fade.
    await ribbon(p, 'BY-RU').hover();
    await expect.poll(() => visibleTip(p).textContent()).toContain(`${ruBy.ties.toLocaleString('ru-RU')} связ`);
    expect(await p.locator('.country-chord.hovering').count()).toBe(1);
    // Keyboard: a ribbon takes focus and shows its tip too.
    await p.mouse.move(0, 0);
    await ribbon(p, 'BY-RU').focus();
    await expect.poll(() => visibleTip(p).textContent()).toMatch(/Беларусь/);
    await p.screenshot({ path: `${ART}/analytics-countries-ru.png` });
  });

  test('a chord (by keyboard) lists its city pairs with years and sources, and shows them in the network', async () => {
    const p = await open('?tab=countries');
    await p.waitForSelector('.country-chord[data-ready] .chord-ribbon');
    await ribbon(p, 'BY-RU').focus();
    await p.keyboard.press('Enter');
    await p.waitForSelector('.pair-ties tbody tr');
    const api = CountryPairTiesSchema.parse(await apiJson('/api/analytics/countries/pairs?a=RU&b=BY'));
    await expect.poll(() => p.locator('.pair-ties tbody tr').count()).toBe(api.ties.length);
    const rows = await p.locator('.pair-ties tbody tr').allTextContents();
    const undated = api.ties.filter((t) => t.year === null).length;
    expect(rows.filter((r) => r.includes('без даты')).length).toBe(undated);
    const withSource = api.ties.find((t) => t.sources.length > 0)!;
    const href = await p.getAttribute(`.pair-ties tr[data-tie="${withSource.id}"] a.source`, 'href');
    expect(href).toBe(`/sources/${withSource.sources[0]}?lang=ru`);
    expect(await p.locator('.chord-ribbon.selected').count()).toBe(1);
    await p.click('.pair-ties .show-pair');
    await expect
      .poll(() => (new URL(p.url()).searchParams.get('country') ?? '').split(',').sort().join())
      .toBe('BY,RU');
    expect(new URL(p.url()).searchParams.get('tab')).toBeNull(); // the network, the default tab
  });

  test('an arc shows the country: partners ranked, decades, undated apart, central places; the CSV of the pairs', async () => {
    const p = await open('?tab=countries&lang=en');
    await p.waitForSelector('.country-chord[data-ready] .chord-arc');
    await clickArc(p, 'BY');
    await p.waitForSelector('.country-panel[data-country="BY"] .central-places li');
    const view = CountryTiesSchema.parse(await apiJson('/api/analytics/countries'));
    const by = view.countries.find((c) => c.country === 'BY')!;
    const partners = await p
      .locator('.country-panel .partner-bars li')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-partner')));
    expect(partners).toEqual(by.partners.slice(0, 12).map((x) => x.country));
    const first = by.decades[0]!.decade;
    const last = by.decades.at(-1)!.decade;
    expect(await p.locator('.country-panel .decade-bar').count()).toBe((last - first) / 10 + 1);
    expect(await p.locator('.country-panel .undated-note').textContent()).toContain(
      by.undated ? `${by.undated.toLocaleString('en-GB')} more are undated` : 'Every tie has a date',
    );
    expect(await p.locator('.country-panel h4').allTextContents()).toContain('Places with the most ties');
    expect(await p.locator('.chord-label').allTextContents()).toContain('Belarus');
    await p.locator('.countries-main').screenshot({ path: `${ART}/analytics-countries-country-en.png` });
    // A partner lists the pair's city pairs.
    await p.click('.country-panel .partner-bars li[data-partner="RU"] button');
    await p.waitForSelector('.pair-ties tbody tr');
    expect(await p.locator('.pair-ties h3').textContent()).toContain('Belarus – Russia');
    // The pairs' CSV: a header and every pair.
    const [download] = await Promise.all([p.waitForEvent('download'), p.click('#country-pairs-csv')]);
    const csv = readFileSync((await download.path())!, 'utf8')
      .trim()
      .split('\n');
    expect(csv[0]).toBe('country_a,country_b,name_a,name_b,ties');
    expect(csv.length).toBe(view.pairs.length + 1);
    expect(csv).toContain(`BY,RU,Belarus,Russia,${view.pairs.find((x) => x.a === 'BY' && x.b === 'RU')!.ties}`);
  });

  test('the pick is in the URL: a country, a pair, restored by a link, a reload and back', async () => {
    const p = await open('?tab=countries&lang=en');
    await p.waitForSelector('.country-chord[data-ready] .chord-arc');
    await clickArc(p, 'BY');
    await expect.poll(() => new URL(p.url()).searchParams.get('pick')).toBe('BY');
    await p.reload();
    await p.waitForSelector('.country-panel[data-country="BY"] .partner-bars li');
    await expect.poll(() => p.locator('.chord-arc.selected[data-country="BY"]').count()).toBe(1);
    // A partner: the pair, written as its two sides.
    await p.click('.country-panel .partner-bars li[data-partner="RU"] button');
    await expect.poll(() => new URL(p.url()).searchParams.get('pick')).toBe('BY-RU');
    const link = p.url();
    await p.close();

    const q = await open(new URL(link).search);
    await q.waitForSelector('.pair-ties tbody tr');
    expect(await q.locator('.pair-ties h3').textContent()).toContain('Belarus – Russia');
    await expect.poll(() => q.locator('.chord-ribbon.selected').count()).toBe(1);
    // To a source (its link opens a new tab; here the same one) and back: the page opens the pair again.
    await q.goto(new URL((await q.locator('.pair-ties a.source').first().getAttribute('href'))!, q.url()).href);
    await q.goBack();
    await q.waitForSelector('.pair-ties tbody tr');
    expect(new URL(q.url()).searchParams.get('pick')).toBe('BY-RU');
    // Another tab leaves the pick out of the URL; a bad pick is ignored.
    await q.click('#tab-network');
    await expect.poll(() => new URL(q.url()).searchParams.get('pick')).toBeNull();
    const r = await open('?tab=countries&pick=russia');
    await r.waitForSelector('.country-chord[data-ready] .chord-arc');
    await expect.poll(() => r.locator('.countries-detail p.muted').count()).toBe(1);
    expect(await r.locator('.countries-detail .country-panel, .countries-detail .pair-ties').count()).toBe(0);
  }, 120_000);

  test('fits a phone without sideways scroll, in Russian, and a table row lists its city pairs', async () => {
    const p = await open('?tab=countries&country=RU,BY', PHONE);
    await p.waitForSelector('.country-chord[data-ready] .chord-ribbon');
    expect(await p.locator('.chord-arc').count()).toBe(2);
    await p.click('.country-pairs tr[data-pair="BY-RU"] .list-pair');
    await p.waitForSelector('.pair-ties tbody tr');
    const widths = () =>
      p.evaluate(() => {
        const panel = document.getElementById('panel-host')!;
        return { page: document.documentElement.scrollWidth, panel: panel.scrollWidth - panel.clientWidth };
      });
    await expect.poll(widths).toEqual({ page: 390, panel: 0 });
    await p.screenshot({ path: `${ART}/analytics-countries-phone-ru.png`, fullPage: true });
  });
});
