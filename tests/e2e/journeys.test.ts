// Issue 17's journeys in Debian's chromium, Russian first: search across scripts with a «Ничего не найдено», time
// that counts undated ties apart and draws them dashed, ▶ that never moves the sidebar, readable source pages.
import { mkdirSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { startExplorerSession } from '../helpers/web-app.ts';
import type {} from '../../web/src/testing/explorer-handle.ts';

const ART = 'tests/artifacts';
const PHONE = { width: 390, height: 844 };
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
  expect(errors).toEqual([]);
});

async function open(query = '', viewport = { width: 1280, height: 800 }): Promise<Page> {
  errors = [];
  page = await app.browser.newPage({ viewport });
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${app.url}/${query}`);
  await page.waitForFunction(() => window.explorer?.model() && window.explorer!.view.stats.fullDraws > 0, null, {
    timeout: 60_000,
  });
  return page;
}

describe('names in the reader’s language', () => {
  test('a romanisation variant finds the city; a name nothing matches says «Ничего не найдено»', async () => {
    const p = await open();
    await p.fill('#search', 'Jekaterinburg');
    await p.waitForSelector('#search-results li', { timeout: 30_000 });
    expect(await p.locator('#search-results li').first().textContent()).toContain('Екатеринбург');
    await p.fill('#search', 'Щщщщ');
    await expect.poll(() => p.locator('.search-status').textContent(), { timeout: 30_000 }).toBe('Ничего не найдено');
    expect(await p.locator('.search-status').isVisible()).toBe(true);
    expect(await p.locator('#search-results').isVisible()).toBe(false);
    expect(await p.locator('#search').getAttribute('aria-expanded')).toBe('false');
    await p.screenshot({ path: `${ART}/e2e-search-no-match-ru.png` });
    // In English too, and the message goes once the box is cleared.
    await p.goto(`${app.url}/?lang=en`);
    await p.waitForFunction(() => window.explorer?.model());
    await p.fill('#search', 'Qqqqzz');
    await expect.poll(() => p.locator('.search-status').textContent(), { timeout: 30_000 }).toBe('No match');
    await p.fill('#search', '');
    await expect.poll(() => p.locator('.search-status').isVisible()).toBe(false);
  }, 90_000);
});

describe('time that tells the truth', () => {
  test('undated ties are counted apart and drawn dashed; ▶ grows the dated count without moving the sidebar', async () => {
    const p = await open('?year=1995');
    const count = () => p.locator('#time-count').textContent();
    await expect.poll(count).toMatch(/^\d+ связ\S* с датой к 1995 · \d+ без даты$/);
    const at1995 = Number((await count())!.split(' ')[0]);
    const undated = Number((await count())!.split(' · ')[1]!.split(' ')[0]);
    expect(undated).toBeGreaterThan(0);
    // The scene draws them in their own (dashed) batch.
    const batches = await p.evaluate(() =>
      window.explorer!.scene()!.linkBatches.map((b) => [b.style, b.links.length] as const),
    );
    expect(Object.fromEntries(batches).undated).toBe(undated);
    await p.screenshot({ path: `${ART}/e2e-undated-dashed-ru.png` });

    await p.locator('#year').fill('1990');
    await expect.poll(count).toMatch(/с датой к 1990/);
    const at1990 = Number((await count())!.split(' ')[0]);
    expect(at1990).toBeLessThan(at1995);
    const box = async () => {
      const r = await p.locator('#undated').boundingBox();
      const c = await p.locator('.controls').boundingBox();
      return [r!.y, c!.width];
    };
    const before = await box();
    await p.click('#play');
    expect(await p.locator('#play').textContent()).toBe('❚❚');
    expect(await box()).toEqual(before);
    await expect.poll(count, { timeout: 20_000 }).toMatch(/с датой к 199[3-9]/);
    await p.click('#play');
    expect(await p.locator('#play').textContent()).toBe('▶');
    expect(await box()).toEqual(before);
    // Hiding undated ties says so instead of counting them.
    await p.locator('#undated').uncheck();
    await expect.poll(count).toMatch(/без даты скрыты$/);
  }, 90_000);

  test('on a phone the count and the dashed key fit the controls', async () => {
    const p = await open('?year=1995', PHONE);
    await p.locator('#time-count').scrollIntoViewIfNeeded();
    const r = await p.locator('#time-count').boundingBox();
    expect(r!.x + r!.width).toBeLessThanOrEqual(PHONE.width);
    await p.screenshot({ path: `${ART}/e2e-time-count-phone-ru.png` });
  }, 90_000);
});
