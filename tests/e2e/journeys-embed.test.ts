// Issue 17 §7 and §8 for embeds in Chromium: at 360 px the labels are at least 11 px and never cover each other
// or a forum tag (checked on the drawn boxes), the zoom hint sits below the picture and knows touch from wheel,
// and the places wear the explorer's colours.
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startExplorerSession } from '../helpers/web-app.ts';
import { BELARUS_COLOUR, RUSSIA_COLOUR } from '../../core/style/country-colours.ts';

const ART = 'tests/artifacts';
let app: Awaited<ReturnType<typeof startExplorerSession>>;

beforeAll(async () => {
  mkdirSync(ART, { recursive: true });
  app = await startExplorerSession();
}, 240_000);
afterAll(async () => {
  await app?.close();
});

describe('the embed at phone width', () => {
  for (const [name, query] of [
    ['network', 'country=BY,RU'],
    ['map', 'country=BY,RU&layout=map'],
  ] as const)
    test(`${name}: labels ≥ 11 px, none over another or a forum tag; the hint below the picture, for touch`, async () => {
      const page = await app.browser.newPage({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
      await page.goto(`${app.url}/embed?${query}`);
      await page.waitForFunction(() => document.documentElement.dataset.rendered === 'true');
      const drawn = await page.evaluate(() => {
        const box = (el: Element) => {
          const r = el.getBoundingClientRect();
          return { x: r.left, y: r.top, w: r.width, h: r.height };
        };
        const labels = [...document.querySelectorAll<SVGTextElement>('g.labels text')].map((t) => ({
          px: t.getScreenCTM()!.a * parseFloat(t.getAttribute('font-size')!),
          ...box(t),
        }));
        const tags = [...document.querySelectorAll('g.forum-mark text')].map(box);
        const fills = [...document.querySelectorAll('g.node circle')].map((c) => c.getAttribute('fill'));
        return {
          labels,
          tags,
          fills,
          svg: box(document.querySelector('svg.graph')!),
          hint: box(document.querySelector('.hint')!),
          hintInput: document.querySelector<HTMLElement>('.hint')!.dataset.input,
        };
      });
      expect(drawn.labels.length).toBeGreaterThan(3);
      for (const l of drawn.labels) expect(l.px).toBeGreaterThanOrEqual(10.99);
      const overlap = (a: (typeof drawn.tags)[0], b: (typeof drawn.tags)[0]) =>
        a.x < b.x + b.w - 1 && b.x < a.x + a.w - 1 && a.y < b.y + b.h - 1 && b.y < a.y + a.h - 1;
      for (const [i, a] of drawn.labels.entries()) {
        for (const b of drawn.labels.slice(i + 1)) expect(overlap(a, b)).toBe(false);
        for (const t of drawn.tags) expect(overlap(a, t)).toBe(false);
      }
      expect(drawn.hint.y).toBeGreaterThanOrEqual(drawn.svg.y + drawn.svg.h - 1);
      expect(drawn.hintInput).toBe('touch');
      expect(drawn.fills).toContain(RUSSIA_COLOUR);
      expect(drawn.fills).toContain(BELARUS_COLOUR);
      await page.screenshot({ path: `${ART}/journeys-embed-360-${name}.png`, fullPage: true });
      await page.close();
    }, 90_000);
});
