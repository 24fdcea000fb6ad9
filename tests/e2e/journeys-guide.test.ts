// Issue 17 §8 in Chromium, Russian first, desktop and phone: the start view says what the picture is and offers
// first steps, an empty view says why, «Путь отсюда…» says what next, Copy link, tooltips, the skip link, and
// every tab reachable on a phone.
import { describe, expect, test } from 'vitest';
import { ARTIFACTS as ART, PHONE, useExplorerPages } from '../helpers/explorer-pages.ts';

const pages = useExplorerPages();
const open = pages.open;

describe('a first visit', () => {
  test('the start view says what the picture is and offers three first steps; hiding it sticks', async () => {
    const p = await open();
    const intro = p.locator('#intro');
    await intro.waitFor();
    expect(await intro.textContent()).toContain('точка — город');
    expect(await p.locator('#intro .steps button').count()).toBe(3);
    await p.screenshot({ path: `${ART}/journeys-intro-desktop.png` });
    await p.click('#intro-movement');
    await expect.poll(() => p.evaluate(() => window.explorer!.store.state.countries.join())).toBe('BY,RU');
    await expect.poll(() => p.locator('#play').textContent()).toBe('❚❚');
    await p.click('#play');
    await p.goto(`${pages.app.url}/`);
    await p.locator('#intro-close').click();
    await p.reload();
    await p.waitForFunction(() => window.explorer?.model());
    expect(await p.locator('#intro').count()).toBe(0);
  }, 120_000);

  test('on a phone: the intro, every tab inside the screen, the controls before the details', async () => {
    const p = await open('', PHONE);
    await p.locator('#intro').waitFor();
    await p.screenshot({ path: `${ART}/journeys-intro-phone.png` });
    const tabs = await p.locator('[role="tab"]').evaluateAll((els) =>
      els.map((e) => {
        const r = e.getBoundingClientRect();
        return { text: e.textContent, right: r.right, left: r.left };
      }),
    );
    expect(tabs.map((t) => t.text)).toContain('Cypher');
    for (const t of tabs) expect(t.right, t.text ?? '').toBeLessThanOrEqual(390);
    await p.evaluate(() => window.explorer!.store.dispatch({ type: 'select', id: 'ru-kaluga' }));
    await p.waitForSelector('.city-details');
    const [controlsTop, detailsTop] = await p.evaluate(() => [
      document.getElementById('controls')!.getBoundingClientRect().top,
      document.getElementById('details')!.getBoundingClientRect().top,
    ]);
    expect(controlsTop).toBeLessThan(detailsTop);
    await p.screenshot({ path: `${ART}/journeys-phone-details.png`, fullPage: true });
  }, 90_000);

  test('an empty view says why, and resets', async () => {
    const p = await open('?min=500');
    const empty = p.locator('#empty-view');
    await empty.waitFor();
    expect(await empty.textContent()).toContain('500');
    await p.screenshot({ path: `${ART}/journeys-empty.png` });
    await p.click('#empty-reset');
    await expect.poll(() => p.evaluate(() => window.explorer!.visible()!.nodes.length)).toBeGreaterThan(0);
    expect(await empty.count()).toBe(0);
  }, 90_000);

  test('«Путь отсюда…» says what to do next; the commands have tooltips', async () => {
    const p = await open('?sel=ru-kaluga');
    await p.click('#cmd-path-from');
    const hint = p.locator('#path-hint');
    await expect.poll(() => hint.textContent()).toContain('Калуга');
    expect(await hint.textContent()).toContain('«Путь сюда»');
    for (const id of ['cmd-expand', 'cmd-path-from', 'cmd-path-to', 'cmd-reset', 'play', 'min-ties'])
      expect((await p.locator(`#${id}`).getAttribute('title'))?.length, id).toBeGreaterThan(10);
  }, 90_000);

  test('the first Tab reaches the skip link, which moves to the canvas; Copy link copies the address', async () => {
    const p = await open('?country=BY,RU');
    await p.keyboard.press('Tab');
    expect(await p.evaluate(() => document.activeElement?.id)).toBe('skip-link');
    await p.keyboard.press('Enter');
    expect(await p.evaluate(() => document.activeElement?.className)).toBe('network-canvas');
    await p.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: pages.app.url });
    await p.click('#copy-link');
    await expect.poll(() => p.locator('#copy-link').textContent()).toContain('скопирована');
    expect(await p.evaluate(() => navigator.clipboard.readText())).toBe(await p.evaluate(() => location.href));
  }, 90_000);

  test('the open forum is in the URL: a link opens its details, and another city closes them', async () => {
    const p = await open('?forum=forum-09');
    await expect.poll(() => p.locator('.forum-details h2').textContent()).toBe('IX — Могилёв');
    await p.waitForTimeout(400); // the URL is written debounced
    expect(new URL(p.url()).searchParams.get('forum')).toBe('forum-09');
    await p.evaluate(() => window.explorer!.store.dispatch({ type: 'select', id: 'ru-kaluga' }));
    await expect.poll(() => new URL(p.url()).searchParams.get('forum')).toBeNull();
    expect(new URL(p.url()).searchParams.get('sel')).toBe('ru-kaluga');
  }, 90_000);
});
