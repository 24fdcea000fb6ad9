// The details panel's «Кому предложить побратимство?» block in Chromium against the real app and the test Neo4j:
// labelled as computed suggestions, never an existing partner, reasons in words, a country choice, Russian and
// English, desktop and phone, and a clean console.
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { startExplorerSession } from '../helpers/web-app.ts';
import type {} from '../../web/src/testing/explorer-handle.ts';

const ART = 'tests/artifacts';
let app: Awaited<ReturnType<typeof startExplorerSession>>;

beforeAll(async () => {
  mkdirSync(ART, { recursive: true });
  app = await startExplorerSession();
}, 240_000);
afterAll(async () => {
  await app?.close();
});

async function open(query: string, viewport = { width: 1280, height: 800 }) {
  const errors: string[] = [];
  const page: Page = await app.browser.newPage({ viewport });
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${app.url}/${query}`);
  await page.waitForSelector('.city-details[data-city="ru-kaluga"] .suggestion-list li', { timeout: 90_000 });
  return { page, errors };
}

describe('«Кому предложить побратимство?»', () => {
  test('lists computed suggestions for Kaluga, none of them a partner, with reasons, in Russian', async () => {
    const { page: p, errors } = await open('?sel=ru-kaluga');
    const block = p.locator('.city-details section.suggestions');
    expect(await block.locator('h3').textContent()).toBe('Кому предложить побратимство?');
    expect(await block.locator('.suggestion-note').textContent()).toContain('не связи');
    const partners = await p
      .locator('.city-details li.tie')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-tie')));
    const suggested = await block
      .locator('li.suggestion')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-suggestion')));
    expect(suggested.length).toBeGreaterThan(0);
    for (const id of suggested) expect(partners).not.toContain(id);
    expect(await block.locator('li.suggestion .strength').first().textContent()).toMatch(/сильное|среднее|слабое/);
    expect((await block.locator('li.suggestion .reasons').first().textContent())!.length).toBeGreaterThan(3);
    await block.scrollIntoViewIfNeeded();
    await p.screenshot({ path: `${ART}/suggestions-ru-desktop.png` });
    // Only Belarusian cities when Belarus is chosen.
    await block.locator('select').selectOption('BY');
    await expect
      .poll(() => block.locator('li.suggestion').evaluateAll((els) => els.map((e) => e.getAttribute('data-country'))), {
        timeout: 30_000,
      })
      .toSatisfy((texts: (string | null)[]) => texts.length > 0 && texts.every((t) => t === 'BY'));
    // A suggestion is a way in: clicking it selects that city.
    const first = await block.locator('li.suggestion').first().getAttribute('data-suggestion');
    await block.locator('li.suggestion button').first().click();
    await p.waitForSelector(`.city-details[data-city="${first}"]`, { timeout: 30_000 });
    expect(errors).toEqual([]);
    await p.close();
  }, 180_000);

  test('speaks English, and fits a phone', async () => {
    const { page: p, errors } = await open('?lang=en&sel=ru-kaluga', { width: 390, height: 844 });
    const block = p.locator('.city-details section.suggestions');
    expect(await block.locator('h3').textContent()).toBe('Whom to propose twinning to?');
    expect(await block.locator('.suggestion-note').textContent()).toContain('not ties');
    await block.scrollIntoViewIfNeeded();
    const overflow = await p.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await p.screenshot({ path: `${ART}/suggestions-en-phone.png` });
    expect(errors).toEqual([]);
    await p.close();
  }, 180_000);
});
