// The Analytics tab and the details panel's metrics in Debian's chromium against the real app and the test Neo4j:
// the table shows the API's figures, the degree plot is drawn, the CSV download holds every figure, a filter
// in the URL gives that filter's figures, and a selected city shows its metrics once they are computed — also when
// they land while its details are open.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { ARTIFACTS as ART, DESKTOP, useExplorerPages } from '../helpers/explorer-pages.ts';
import { AnalyticsSchema } from '../../core/schemas/analytics.schema.ts';
import { testDatabase } from '../helpers/test-app.ts';

const pages = useExplorerPages();
const open = (query: string, viewport = DESKTOP) =>
  pages.open(query, viewport, { touch: false, drawn: false, acceptDownloads: true });

const figureCell = (p: Page, key: string) => p.locator(`tr[data-figure="${key}"] td.num`).first().textContent();

describe('the Analytics tab', () => {
  test('shows the figures of the API with a line each, the degree plot and a CSV of them', async () => {
    const p = await open('?tab=analytics&lang=en');
    await p.waitForSelector('.analytics-table');
    const api = AnalyticsSchema.parse(await (await fetch(`${pages.app.url}/api/analytics`)).json()).figures;
    expect(await figureCell(p, 'places')).toBe(api.places.toLocaleString('en-GB'));
    expect(await figureCell(p, 'triangles')).toBe(api.triangles.toLocaleString('en-GB'));
    expect(await p.locator('.analytics-table tr[data-figure]').count()).toBe(14);
    expect(await p.locator('.degree-plot circle').count()).toBe(
      api.degree.distribution.filter((d) => d.degree > 0).length,
    );
    const [download] = await Promise.all([p.waitForEvent('download'), p.click('#analytics-csv')]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.split('\n')[0]).toBe('figure,name,value,note,meaning');
    expect(csv).toContain(`places,Places,${api.places.toLocaleString('en-GB')}`);
    await p.screenshot({ path: `${ART}/analytics-tab-en.png` });
  });

  test('follows the view’s filters, in Russian on a phone', async () => {
    const p = await open('?tab=analytics&country=RU,BY', { width: 390, height: 844 });
    await p.waitForSelector('.analytics-table');
    const api = AnalyticsSchema.parse(
      await (await fetch(`${pages.app.url}/api/analytics?country=RU,BY`)).json(),
    ).figures;
    expect(await figureCell(p, 'ties')).toBe(api.ties.toLocaleString('ru-RU'));
    expect(await p.locator('tr[data-figure="diameter"] td.num .muted').textContent()).toBe('точно');
    await p.screenshot({ path: `${ART}/analytics-tab-phone-ru.png` });
    // The ties between countries have their own tab (tests/e2e/analytics-countries.test.ts); a link leads there.
    await p.click('.countries-link button');
    await expect.poll(() => new URL(p.url()).searchParams.get('tab')).toBe('countries');
  });

  test('the details panel shows a city’s metrics and ranks once they are computed', async () => {
    // Asking for a city's metrics starts the app's computation off the request path; they are fresh once stored.
    const metricsOf = async () =>
      (await (await fetch(`${pages.app.url}/api/analytics/cities/ru-kaluga`)).json()).status;
    await expect.poll(metricsOf, { timeout: 150_000, interval: 1000 }).toBe('fresh');
    const db = testDatabase();
    try {
      const p = await open('?sel=ru-kaluga&lang=en');
      await p.waitForSelector('.city-metrics dd[data-metric="rankCountry"]', { timeout: 60_000 });
      expect(await p.locator('.city-metrics dd[data-metric="degree"] strong').textContent()).toMatch(/^\d+$/);
      expect(await p.locator('.city-metrics').textContent()).toContain('computed by Pobratim');
      await p.locator('.city-metrics').screenshot({ path: `${ART}/analytics-city-metrics-en.png` });

      // The panel follows the metrics by itself: opened while they are not of this graph it says "being
      // recomputed", and shows them, without a reselect, once they are stored (here by the test, as the app would).
      const fresh = await (await fetch(`${pages.app.url}/api/analytics/cities/ru-kaluga`)).json();
      const { degree: _degree, ...row } = fresh.metrics;
      await db.writeContent('set-city-metrics', { rows: [], graphAt: 'none', by: '' });
      const q = await open('?sel=ru-kaluga&lang=en');
      await expect
        .poll(() => q.locator('.city-metrics').textContent(), { timeout: 60_000 })
        .toContain('being recomputed');
      await db.writeContent('set-city-metrics', {
        rows: [row],
        graphAt: fresh.computed.graphAt,
        by: fresh.computed.by,
      });
      await expect
        .poll(() => q.locator('.city-metrics dd[data-metric="rankCountry"]').count(), { timeout: 30_000 })
        .toBe(1);
      expect(await q.locator('.city-metrics dd[data-metric="pagerank"] strong').textContent()).toMatch(/\d/);
    } finally {
      await db.writeContent('set-city-metrics', { rows: [], graphAt: 'none', by: '' }); // leave no metrics behind
      await db.close();
    }
  }, 180_000);
});
