// Issue 17 §5 and §7 in Chromium: the explorer's PNG carries the view's title, its legend and the data credits
// under a file name that says what it shows (checked on the PNG's own pixels, against the SVG's texts and
// bands); the Data links say what they export; the embed's loader shrinks the frame as well as growing it (also
// for oEmbed's html); a plain iframe at its default height keeps the credits and the link back in view; the Embed
// dialog previews the embed at desktop and phone widths with the journalist's own title, subtitle and note.
import { readFileSync, writeFileSync } from 'node:fs';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ARTIFACTS as ART, DESKTOP, PHONE, useExplorerPages } from '../helpers/explorer-pages.ts';
import { articlePage, serveHostPages, type Served } from '../helpers/embed-servers.ts';
import { BELARUS_COLOUR, RUSSIA_COLOUR } from '../../core/style/country-colours.ts';
import { DEFAULT_EMBED_HEIGHT, embedSnippet } from '../../core/embed/snippet.ts';
import { EMBED_DEFAULTS } from '../../core/embed/view.ts';

const pages = useExplorerPages();
const open = pages.open;
let host: Served;

beforeAll(async () => {
  const app = pages.app.url;
  const snippet = (query: Record<string, string>, height: number) =>
    embedSnippet({ origin: app, view: { ...EMBED_DEFAULTS, ...parse(query) }, height, title: 'Побратимы' });
  const oembed = await (
    await fetch(`${app}/api/oembed?url=${encodeURIComponent(`${app}/embed?focus=ru-kaluga&lang=en`)}`)
  ).json();
  host = await serveHostPages({
    // Too tall at first: the loader must shrink it to the embed's height.
    '/tall': articlePage('Responsive, too tall', snippet({ focus: 'ru-kaluga' }, 1800).responsive),
    '/plain': articlePage('Plain iframe', snippet({ country: 'BY,RU' }, DEFAULT_EMBED_HEIGHT).plain),
    // Shorter than its embed at any width: the credits must stay in view all the same.
    '/short': articlePage('Plain iframe, short', snippet({ country: 'BY,RU' }, 300).plain),
    '/oembed': articlePage('oEmbed html', (oembed as { html: string }).html),
  });
}, 240_000);
afterAll(async () => {
  await host?.close();
});

function parse(q: Record<string, string>) {
  return { ...q, country: q.country?.split(',') };
}

const hex = (c: string) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16)) as [number, number, number];

async function downloaded(p: Page, button: string) {
  const [d] = await Promise.all([p.waitForEvent('download'), p.click(button)]);
  return { name: d.suggestedFilename(), bytes: readFileSync((await d.path())!) };
}

describe('the PNG export', () => {
  test("carries the view's title, the legend and the credits, under a name that says what it shows", async () => {
    const p = await open('?country=BY,RU&year=2017', DESKTOP, { acceptDownloads: true });
    await p.waitForFunction(() => (window.explorer!.visible()?.links.length ?? 0) > 1);
    await p.click('.export summary');
    const png = await downloaded(p, '#export-png');
    const svg = await downloaded(p, '#export-svg');
    expect(png.name).toBe('pobratim-BY-RU-to2017.png');
    expect(svg.name).toBe('pobratim-BY-RU-to2017.svg');
    const text = svg.bytes.toString('utf8');
    const texts = (role: string) =>
      [...text.matchAll(new RegExp(`<text class="frame-${role}"[^>]*>([^<]*)</text>`, 'g'))].map((m) => m[1]);
    expect(texts('title').join(' ')).toBe('Сеть городов-побратимов: Беларусь, Россия · по 2017 г.');
    expect(texts('subtitle')[0]).toMatch(/^\d+ мест · \d+ связей · Цвет: страна$/i);
    // The legend's rows as the screen's legend has them (label and count), in its colours.
    const screenLegend = await p.$$eval('.legend > ul > li', (lis) =>
      lis.map((li) => li.textContent!.replace(/\s+/g, ' ').trim()),
    );
    expect(texts('legend').slice(0, screenLegend.length)).toEqual(screenLegend);
    expect(text).toContain(`fill="${RUSSIA_COLOUR}"`);
    const credits = texts('credits').join(' ');
    expect(credits).toContain('Источник: «Побратим»');
    expect(credits).toContain('GeoNames (geonames.org), CC BY 4.0');
    // Well-formed: a browser parses it as SVG.
    expect(
      await p.evaluate((s) => new DOMParser().parseFromString(s, 'image/svg+xml').querySelector('parsererror'), text),
    ).toBeNull();

    // The PNG: the canvas's size plus the bands, and the bands really drawn (checked on its pixels).
    const canvas = await p.$eval('.network-canvas', (c) => ({ w: c.clientWidth, h: c.clientHeight }));
    expect(png.bytes.subarray(1, 4).toString()).toBe('PNG');
    const [pw, ph] = [png.bytes.readUInt32BE(16), png.bytes.readUInt32BE(20)];
    const top = Number(text.match(/<svg x="0" y="(\d+(?:\.\d+)?)"/)![1]);
    const total = Number(text.match(/^<svg [^>]*height="(\d+(?:\.\d+)?)"/)![1]);
    const dpr = pw / canvas.w;
    expect(pw).toBe(Math.round(canvas.w * dpr));
    expect(ph).toBe(Math.round(total * dpr));
    expect(top).toBeGreaterThan(30);
    expect(total - top - canvas.h).toBeGreaterThan(40);
    const counts = await p.evaluate(
      async ({ b64, top, below, colours }) => {
        const img = new Image();
        img.src = `data:image/png;base64,${b64}`;
        await img.decode();
        const c = document.createElement('canvas');
        [c.width, c.height] = [img.width, img.height];
        const ctx = c.getContext('2d')!;
        ctx.drawImage(img, 0, 0);
        const count = (y0: number, y1: number, [r, g, b]: number[], tol: number) => {
          const d = ctx.getImageData(0, Math.round(y0), img.width, Math.round(y1 - y0)).data;
          let n = 0;
          for (let i = 0; i < d.length; i += 4)
            if (Math.abs(d[i]! - r!) + Math.abs(d[i + 1]! - g!) + Math.abs(d[i + 2]! - b!) <= tol) n++;
          return n;
        };
        return {
          titleText: count(0, top, colours.title, 60),
          russiaBelow: count(below, img.height, colours.russia, 6),
          belarusBelow: count(below, img.height, colours.belarus, 6),
          creditText: count(img.height - 30, img.height, colours.muted, 60),
        };
      },
      {
        b64: png.bytes.toString('base64'),
        top: top * dpr,
        below: (top + canvas.h) * dpr,
        colours: {
          title: hex('#eef2f7'),
          russia: hex(RUSSIA_COLOUR),
          belarus: hex(BELARUS_COLOUR),
          muted: hex('#b8c4d6'),
        },
      },
    );
    expect(counts.titleText).toBeGreaterThan(100); // the title's letters
    expect(counts.russiaBelow).toBeGreaterThan(20); // the legend's swatches, in the screen's colours
    expect(counts.belarusBelow).toBeGreaterThan(20);
    expect(counts.creditText).toBeGreaterThan(30); // the credits' letters, at the foot
    writeFileSync(`${ART}/${png.name}`, png.bytes); // the file itself, to look at
    await p.screenshot({ path: `${ART}/exports-explorer.png` });
  }, 120_000);

  test('the Data links say when they export the filters rather than the picture', async () => {
    const p = await open('?focus=ru-kaluga&sel=by-minsk');
    await p.click('.export summary');
    await expect.poll(() => p.isVisible('#data-note')).toBe(false);
    await p.waitForSelector('.city-details[data-city="by-minsk"]', { timeout: 30_000 });
    await p.click('#cmd-expand');
    await expect.poll(() => p.isVisible('#data-note')).toBe(true);
    expect(await p.textContent('#data-note')).toContain('Раскрытые и убранные города');
    expect(await p.textContent('#data-note')).toContain('PNG и SVG');
  }, 90_000);
});

async function renderedFrame(p: Page, selector: string): Promise<Frame> {
  const f = (await (await p.waitForSelector(selector)).contentFrame())!;
  await f.waitForSelector('html[data-rendered="true"]', { timeout: 30_000 });
  return f;
}
const frameHeight = (p: Page, selector: string) =>
  p.$eval(selector, (f) => Math.round(f.getBoundingClientRect().height));
const bodyHeight = (f: Frame) => f.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));

describe('the embed in a host page', () => {
  test('the loader shrinks a frame too tall, grows it in a narrow column and shrinks it back', async () => {
    const p = await pages.app.browser.newPage({ viewport: { width: 900, height: 900 } });
    await p.goto(`${host.url}/tall`);
    const sel = 'iframe[data-pobratim-embed]';
    const f = await renderedFrame(p, sel);
    await expect.poll(() => frameHeight(p, sel), { timeout: 15_000 }).toBeLessThan(1000);
    await expect.poll(async () => Math.abs((await frameHeight(p, sel)) - (await bodyHeight(f)))).toBeLessThanOrEqual(2);
    // A phone column: the picture (8:5) loses more height than the wrapped text gains, so the frame shrinks again;
    // back at the desktop width it grows to the same height as before.
    const wide = await frameHeight(p, sel);
    await p.setViewportSize({ width: 360, height: 740 });
    await expect.poll(() => frameHeight(p, sel), { timeout: 15_000 }).toBeLessThan(wide - 20);
    await expect.poll(async () => Math.abs((await frameHeight(p, sel)) - (await bodyHeight(f)))).toBeLessThanOrEqual(2);
    await p.setViewportSize({ width: 900, height: 900 });
    await expect.poll(() => frameHeight(p, sel), { timeout: 15_000 }).toBeGreaterThanOrEqual(wide - 2);
    expect(await frameHeight(p, sel)).toBeLessThanOrEqual(wide + 2);
    await p.close();
  }, 90_000);

  test("oEmbed's html resizes too", async () => {
    const p = await pages.app.browser.newPage({ viewport: { width: 900, height: 900 } });
    await p.goto(`${host.url}/oembed`);
    const sel = 'iframe[data-pobratim-embed]';
    const f = await renderedFrame(p, sel);
    await expect.poll(async () => Math.abs((await frameHeight(p, sel)) - (await bodyHeight(f)))).toBeLessThanOrEqual(2);
    expect(await frameHeight(p, sel)).not.toBe(DEFAULT_EMBED_HEIGHT);
    await p.close();
  }, 90_000);

  /** Where the credits and the link back are in the frame: inside its visible area, and not covered. */
  const creditsSeen = (f: Frame) =>
    f.evaluate(() =>
      ['#credits', '#open-link'].map((s) => {
        const r = document.querySelector(s)!.getBoundingClientRect();
        const hit = document.elementFromPoint(r.left + 4, r.top + r.height / 2);
        return { inside: r.top >= 0 && r.bottom <= innerHeight, onTop: !!hit?.closest(s) };
      }),
    );

  for (const width of [360, 1280])
    test(`a plain iframe at the default height keeps the credits and the link back in view at ${width} px`, async () => {
      const p = await pages.app.browser.newPage({ viewport: { width, height: 900 } });
      await p.goto(`${host.url}/plain`);
      const f = await renderedFrame(p, 'iframe[src*="/embed"]');
      expect(await frameHeight(p, 'iframe[src*="/embed"]')).toBe(DEFAULT_EMBED_HEIGHT);
      for (const s of await creditsSeen(f)) expect(s).toEqual({ inside: true, onTop: true });
      await p.screenshot({ path: `${ART}/exports-plain-${width}.png` });
      // A frame shorter than its embed scrolls inside, and the credits stay at its foot.
      await p.goto(`${host.url}/short`);
      const short = await renderedFrame(p, 'iframe[src*="/embed"]');
      expect(await bodyHeight(short)).toBeGreaterThan((await short.evaluate(() => innerHeight)) + 50);
      for (const s of await creditsSeen(short)) expect(s).toEqual({ inside: true, onTop: true });
      await p.screenshot({ path: `${ART}/exports-plain-short-${width}.png` });
      await p.close();
    }, 90_000);
});

describe('the Embed dialog', () => {
  for (const [name, viewport] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const)
    test(`previews the embed at desktop and phone widths with the journalist's own words (${name} screen)`, async () => {
      const p = await open('?focus=ru-kaluga', viewport);
      await p.locator('details.export > summary').click();
      await p.click('#export-embed');
      const frameSel = 'dialog .preview-frame';
      let f = await renderedFrame(p, frameSel);
      expect(await f.textContent('h1.title')).toBe('Калуга — города-побратимы');
      await p.fill('dialog input[name="title"]', 'Калуга и её побратимы');
      await p.fill('dialog input[name="subtitle"]', 'Соглашения с 1990-х годов');
      await p.fill('dialog input[name="note"]', 'Минск — единственный побратим за рубежом');
      const words = async () => {
        f = await renderedFrame(p, frameSel);
        return [await f.textContent('h1.title'), await f.textContent('.subtitle'), await f.textContent('.note')];
      };
      await expect
        .poll(words, { timeout: 20_000 })
        .toEqual(['Калуга и её побратимы', 'Соглашения с 1990-х годов', 'Минск — единственный побратим за рубежом']);
      const code = await p.locator('dialog textarea[name="responsive"]').inputValue();
      expect(code).toContain(`title=${encodeURIComponent('Калуга и её побратимы').replace(/%20/g, '+')}`);
      expect(code).toContain('note=');
      // Desktop, then phone: the frame takes the phone's width and the embed's own height there (a smaller
      // picture: shorter), sized by the embed's height message; back at the desktop width, as tall as before.
      const fitsEmbed = async () =>
        Math.abs((await frameHeight(p, frameSel)) - (await bodyHeight(await renderedFrame(p, frameSel)))) <= 2;
      // A phone screen starts with the phone's preview; a desktop one with the desktop's.
      expect(await p.getAttribute('dialog .embed-preview', 'data-width')).toBe(name);
      await p.click('dialog [data-width="desktop"]');
      await expect.poll(() => p.$eval(frameSel, (e) => e.getBoundingClientRect().width)).toBe(640);
      await expect.poll(fitsEmbed, { timeout: 15_000 }).toBe(true);
      const desktopH = await frameHeight(p, frameSel);
      await p.click('dialog [data-width="phone"]');
      await expect.poll(() => p.$eval(frameSel, (e) => e.getBoundingClientRect().width)).toBe(360);
      await expect.poll(() => frameHeight(p, frameSel), { timeout: 15_000 }).toBeLessThan(desktopH - 20);
      await expect.poll(fitsEmbed, { timeout: 15_000 }).toBe(true);
      await p.locator('dialog .embed-preview').scrollIntoViewIfNeeded();
      await p.screenshot({ path: `${ART}/exports-dialog-${name}-phone-preview.png` });
      await p.click('dialog [data-width="desktop"]');
      await expect.poll(() => frameHeight(p, frameSel), { timeout: 15_000 }).toBeGreaterThanOrEqual(desktopH - 2);
      await p.screenshot({ path: `${ART}/exports-dialog-${name}.png` });
    }, 120_000);
});
