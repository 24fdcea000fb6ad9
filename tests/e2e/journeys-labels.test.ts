// Issue 17 §8 on the explorer in Chromium: labels never cover each other or a forum tag — checked on the boxes the
// canvas reports it drew (window.explorer.view.screenText()) on the start view (around Minsk), the map with
// Russia–Belarus, the forums on the map, the path Tula–Omsk, and on the forums tab's map (its SVG text), at desktop
// and phone sizes.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { ARTIFACTS as ART, DESKTOP, PHONE, useExplorerPages } from '../helpers/explorer-pages.ts';

const pages = useExplorerPages();

type Box = { x: number; y: number; w: number; h: number };
const overlap = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/** Every pair of drawn boxes is apart (labels, and labels against the forum tags and diamonds); names the pair. */
function expectApart(labels: { text: string; box: Box }[], tags: Box[], others: Box[] = []) {
  for (const [i, a] of labels.entries()) {
    for (const b of labels.slice(i + 1)) expect(overlap(a.box, b.box), `${a.text} / ${b.text}`).toBe(false);
    for (const t of [...tags, ...others]) expect(overlap(a.box, t), `${a.text} / mark at ${t.x},${t.y}`).toBe(false);
  }
  for (const [i, a] of tags.entries()) for (const b of tags.slice(i + 1)) expect(overlap(a, b), 'two tags').toBe(false);
}

/** The screen text of a settled frame once it labels `mustShow` (the view's focus and path ends go first). */
async function drawnText(p: Page, mustShow: readonly string[]) {
  await expect
    .poll(
      () =>
        p.evaluate((must) => {
          const texts = window.explorer!.view.screenText().labels.map((l) => l.text);
          return texts.length > 2 && must.every((t) => texts.includes(t));
        }, mustShow),
      { timeout: 30_000 },
    )
    .toBe(true);
  // Settled: the same screen text in two reads 300 ms apart (the layout may still move the places a little after
  // the labels first appear, and the drawn frame then lags the positions the click test reads).
  let last = '';
  await expect
    .poll(
      async () => {
        const now = JSON.stringify(await p.evaluate(() => window.explorer!.view.screenText()));
        const same = now === last;
        last = now;
        return same;
      },
      { timeout: 30_000, interval: 300 },
    )
    .toBe(true);
  return p.evaluate(() => ({
    ...window.explorer!.view.screenText(),
    clickable: window.explorer!.view.forumTags().map((t) => t.box),
    size: { w: window.explorer!.view.canvas.clientWidth, h: window.explorer!.view.canvas.clientHeight },
  }));
}

const views = [
  ['the start view', '', ['Минск']],
  ['the map with Russia and Belarus', '?tab=map&country=BY,RU', []],
  ['the forums on the map, as of 2017', '?tab=map&year=2017', []],
  ['the path Tula–Omsk', '?focus=ru-tula&sel=ru-tula&path=ru-tula,ru-omsk', ['Тула', 'Могилёв', 'Омск']],
] as const;

describe('labels on the explorer canvas', () => {
  for (const [name, query, mustShow] of views)
    for (const [size, viewport] of [
      ['desktop', DESKTOP],
      ['phone', PHONE],
    ] as const)
      test(`${name} (${size}): no label covers another or a forum tag`, async () => {
        const p = await pages.open(query, viewport);
        const drawn = await drawnText(p, mustShow);
        expectApart(drawn.labels, drawn.tags, drawn.diamonds);
        // The tags a click finds are the tags drawn.
        expect(drawn.clickable).toEqual(drawn.tags);
        for (const l of drawn.labels) {
          expect(l.box.x + l.box.w).toBeGreaterThan(0);
          expect(l.box.x).toBeLessThan(drawn.size.w);
        }
        if (query.includes('year=2017')) expect(drawn.tags.length).toBeGreaterThan(1);
        await p.screenshot({ path: `${ART}/e2e-labels-${name.replace(/\W+/g, '-')}-${size}.png` });
      }, 90_000);

  test('the forums tab: host labels on its map cover no other label and no host point (desktop and phone)', async () => {
    for (const viewport of [DESKTOP, PHONE]) {
      const p = await pages.open('?tab=forums', viewport, { drawn: false });
      await p.locator('.forum-map .host').first().waitFor({ timeout: 30_000 });
      const drawn = await p.evaluate(() => {
        const box = (el: Element) => {
          const r = el.getBoundingClientRect();
          return { x: r.left, y: r.top, w: r.width, h: r.height };
        };
        return {
          labels: [...document.querySelectorAll('.forum-map .host text')].map((t) => ({
            text: t.textContent ?? '',
            box: box(t),
          })),
          points: [...document.querySelectorAll('.forum-map .host circle')].map(box),
        };
      });
      expect(drawn.labels.length).toBeGreaterThan(2);
      expectApart(drawn.labels, drawn.points);
      await p.close();
    }
  }, 90_000);
});
