// Issue 17's journeys in Debian's chromium, Russian first: search across scripts with a «Ничего не найдено», time
// that counts undated ties apart and draws them dashed, ▶ that never moves the sidebar, readable source pages.
import { describe, expect, test } from 'vitest';
import { ARTIFACTS as ART, PHONE, useExplorerPages } from '../helpers/explorer-pages.ts';

const pages = useExplorerPages();
const open = pages.open;

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
    await p.goto(`${pages.app.url}/?lang=en`);
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

describe('sources a person can follow', () => {
  test('the Table shows source titles linked to readable source pages', async () => {
    const p = await open('?tab=table');
    const link = p.locator('.ties-table a.source').first();
    await link.waitFor();
    await expect.poll(() => link.textContent(), { timeout: 20_000 }).not.toMatch(/^[a-z0-9-]+$/); // a title, not an id
    const href = (await link.getAttribute('href'))!;
    expect(href).toMatch(/^\/sources\/[a-z0-9-]+\?lang=ru$/);
    const source = await pages.app.browser.newPage();
    await source.goto(pages.app.url + href);
    expect(await source.locator('h1').textContent()).not.toBe('');
    expect(await source.locator('th').allTextContents()).toEqual(
      expect.arrayContaining(['Издатель', 'Дата', 'Адрес', 'Лицензия']),
    );
    expect(await source.locator('ul.facts li').count()).toBeGreaterThan(0);
    await source.screenshot({ path: `${ART}/e2e-source-page-ru.png`, fullPage: true });
    await source.setViewportSize(PHONE);
    await source.screenshot({ path: `${ART}/e2e-source-page-phone-ru.png`, fullPage: true });
    await source.close();
  }, 90_000);
});

describe('the Cypher console inside the explorer', () => {
  test('speaks the explorer’s language, wears its dark look and hides the year and filter sidebar', async () => {
    const p = await open('?tab=console');
    await p.locator('.cc-dark [data-role="run"]').waitFor({ timeout: 30_000 });
    expect(await p.locator('[data-role="run"]').textContent()).toContain('Выполнить');
    expect(await p.locator('#controls').isVisible()).toBe(false);
    const sheet = await p.locator('.console-sheet').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(sheet).toBe('rgb(15, 22, 32)');
    await p.locator('.cm-content').click();
    await p.keyboard.press('Control+A');
    await p.keyboard.insertText(
      "MATCH p = (a:City {id: 'ru-kaluga'})-[:TIE]-(b:City {id: 'ru-tula'}) RETURN p, 1 AS n",
    );
    await p.keyboard.press('Control+Enter');
    // A path opens on the graph, in Russian and in the explorer's dark look; a click shows the node's properties.
    const kaluga = p.locator('.cc-node[aria-label="City: Калуга"]');
    await kaluga.waitFor({ timeout: 30_000 });
    expect(await p.locator('.cc-graph').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(18, 27, 38)');
    await kaluga.locator('circle').click();
    await expect.poll(() => p.locator('.cc-inspector [data-property="nameRu"] td').textContent()).toBe('Калуга');
    expect(await p.locator('.cc-inspector thead').textContent()).toBe('СвойствоЗначение');
    await p.screenshot({ path: `${ART}/e2e-console-graph-ru.png` });
    await p.locator('[data-view="table"]').click();
    await p.locator('.cc-table td', { hasText: 'путь из 1 шага' }).waitFor({ timeout: 30_000 });
    expect(await p.locator('[data-role="status"]').textContent()).toMatch(/^1 строка · /);
    await p.screenshot({ path: `${ART}/e2e-console-tab-ru.png` });
    await p.setViewportSize(PHONE);
    await p.screenshot({ path: `${ART}/e2e-console-tab-phone-ru.png`, fullPage: true });
    await p.setViewportSize({ width: 1280, height: 800 });
    // Switching the language keeps the query; back on the network the sidebar returns.
    await p.locator('#lang').click();
    await expect.poll(() => p.locator('[data-role="run"]').textContent()).toContain('Run');
    expect(await p.locator('.cm-content').textContent()).toContain('ru-tula');
    await p.locator('[role="tab"]').first().click();
    await expect.poll(() => p.locator('#controls').isVisible()).toBe(true);
  }, 120_000);
});
