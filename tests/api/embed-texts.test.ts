// Issue 17 §7 over HTTP: a snapshot carries the view's own title (not the generic one) and, for the map layout,
// the base map; the journalist's title, subtitle and note reach the embed page, the snapshot and oEmbed —
// validated (400 JSON naming the field), length-capped and escaped; oEmbed's html is the resizing snippet.
import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMBED_TEXT_MAX, OembedSchema } from '../../core/schemas/embed.schema.ts';
import { startTestApp, type TestApp } from '../helpers/test-app.ts';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

const text = async (path: string) => {
  const res = await fetch(app.url + path);
  expect(res.status, path).toBe(200);
  return res.text();
};
const q = (p: Record<string, string>) => new URLSearchParams(p).toString();

describe("a snapshot's own title", () => {
  it('says the countries, the year and dated-only, in the view language', async () => {
    const ru = await text('/api/snapshot.svg?country=BY,RU&to=1995&undated=exclude');
    expect(ru).toContain(
      '<title>Сеть городов-побратимов: Беларусь, Россия · по 1995 г. · только связи с датой</title>',
    );
    expect(ru).toMatch(/<text class="title"[^>]*>Сеть городов-побратимов: Беларусь, Россия · по 1995 г\./);
    const en = await text('/api/snapshot.svg?country=BY,RU&to=2017&lang=en');
    expect(en).toContain('<title>Twin-city network: Belarus, Russia · to 2017</title>');
    expect(await text('/api/snapshot.svg?focus=ru-kaluga&lang=en')).toContain('<title>Kaluga — twin cities</title>');
    // The embed page and oEmbed use the same title.
    expect(await text('/embed?country=BY,RU&to=2017&lang=en')).toContain(
      '<h1 class="title">Twin-city network: Belarus, Russia · to 2017</h1>',
    );
  });
});

describe('the base map under a map layout', () => {
  it('draws land and borders under the places in the snapshot and in the live page, and none for a force layout', async () => {
    const map = await text('/api/snapshot.svg?country=BY,RU&layout=map');
    const land = map.match(/<g class="base-map"[^>]*><path d="(M[^"]+)" fill="#eef1f4"\/><path d="(M[^"]*)"/);
    expect(land).not.toBeNull();
    expect(land![1]!.length).toBeGreaterThan(500); // real coastlines, not an empty or a box path
    expect(land![2]!.length).toBeGreaterThan(100); // the Russia–Belarus border among them
    // Under the links and nodes, inside the graph's group (so it is scaled with them).
    expect(map.indexOf('class="base-map"')).toBeLessThan(map.indexOf('<g class="links">'));
    expect(map.indexOf('<g class="graph"')).toBeLessThan(map.indexOf('class="base-map"'));
    // Every coordinate of the land path lies in the layout's box (clipped), 800 × 500.
    const nums = land![1]!.match(/-?\d+(\.\d+)?/g)!.map(Number);
    for (let i = 0; i + 1 < nums.length; i += 2) {
      expect(nums[i]).toBeGreaterThanOrEqual(-0.1);
      expect(nums[i]).toBeLessThanOrEqual(800.1);
      expect(nums[i + 1]).toBeGreaterThanOrEqual(-0.1);
      expect(nums[i + 1]).toBeLessThanOrEqual(500.1);
    }
    expect(await text('/api/snapshot.svg?country=BY,RU')).not.toContain('base-map');
    const page = await text('/embed?country=BY,RU&layout=map');
    const data = JSON.parse(page.match(/<script type="application\/json" id="pobratim-data">(.*?)<\/script>/s)![1]!);
    expect(data.baseMap.land).toBe(land![1]);
    const png = await fetch(`${app.url}/api/snapshot.png?country=BY,RU&layout=map&to=2017`);
    expect(png.headers.get('content-type')).toBe('image/png');
    mkdirSync('tests/artifacts', { recursive: true });
    writeFileSync('tests/artifacts/snapshot-by-ru-map.png', Buffer.from(await png.arrayBuffer()));
  });
});

describe("the journalist's title, subtitle and note", () => {
  const own = { title: 'Сёстры <Калуги> & "друзья"', subtitle: 'Данные на 2017 год', note: 'Смотрите на Минск' };

  it('go into the embed page, the snapshot and oEmbed, escaped', async () => {
    const page = await text(`/embed?focus=ru-kaluga&${q(own)}`);
    expect(page).toContain('<h1 class="title">Сёстры &lt;Калуги&gt; &amp; &quot;друзья&quot;</h1>');
    expect(page).toContain('<title>Сёстры &lt;Калуги&gt; &amp; &quot;друзья&quot;</title>');
    expect(page).toContain('<p class="subtitle">Данные на 2017 год</p>');
    expect(page).toContain('<p class="note">Смотрите на Минск</p>');
    expect(page).not.toContain('<Калуги>');
    const svg = await text(`/api/snapshot.svg?focus=ru-kaluga&${q(own)}`);
    expect(svg).toMatch(/<text class="title"[^>]*>Сёстры &lt;Калуги&gt; &amp; &quot;друзья&quot;<\/text>/);
    expect(svg).toMatch(/<text class="subtitle"[^>]*>Данные на 2017 год<\/text>/);
    expect(svg).toMatch(/<text class="note"[^>]*>Смотрите на Минск<\/text>/);
    expect(svg).toMatch(/<text class="credits"[^>]*>Источник: «Побратим»/);
    const url = `${app.url}/embed?focus=ru-kaluga&${q(own)}`;
    const o = OembedSchema.parse((await app.get(`/api/oembed?url=${encodeURIComponent(url)}`)).body);
    expect(o.title).toBe(own.title);
    expect(o.html).toContain('title=%D0%A1'); // the texts travel in the embed URL
  });

  it('keep a long title on one line of the snapshot, cut with «…»; the credits are never cut', async () => {
    const long = 'Очень длинный заголовок '.repeat(5).trim();
    expect(long.length).toBeLessThanOrEqual(EMBED_TEXT_MAX.title);
    const svg = await text(`/api/snapshot.svg?country=BY,RU&${q({ title: long })}`);
    expect(svg).toMatch(/<text class="title"[^>]*>Очень длинный[^<]*…<\/text>/);
    const credits = [...svg.matchAll(/<text class="credits"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' · ');
    expect(credits).toContain('GeoNames (geonames.org), CC BY 4.0');
    expect(credits).not.toContain('…');
  });

  it('refuse bad values with a 400 naming the field', async () => {
    for (const [name, value] of [
      ['title', 'x'.repeat(EMBED_TEXT_MAX.title + 1)],
      ['subtitle', 'x'.repeat(EMBED_TEXT_MAX.subtitle + 1)],
      ['note', 'x'.repeat(EMBED_TEXT_MAX.note + 1)],
      ['title', 'two\nlines'],
      ['note', 'bell\u0007'],
      ['title', 'right\u202eto left'],
      ['title', '   '],
    ] as const)
      for (const path of ['/embed', '/api/snapshot.svg', '/api/snapshot.png']) {
        const res = await app.get(`${path}?focus=ru-kaluga&${q({ [name]: value })}`);
        expect(res.status, `${path} ${name}=${JSON.stringify(value)}`).toBe(400);
        expect(res.body.error.code).toBe('bad_request');
        expect(res.body.error.details.fields[0].field).toBe(name);
      }
    const twice = await app.get('/embed?focus=ru-kaluga&title=a&title=b');
    expect(twice.status).toBe(400);
    const url = `${app.url}/embed?focus=ru-kaluga&title=${'x'.repeat(EMBED_TEXT_MAX.title + 1)}`;
    expect((await app.get(`/api/oembed?url=${encodeURIComponent(url)}`)).status).toBe(400);
  });
});

describe("oEmbed's html", () => {
  it('is the responsive snippet: the iframe the loader sizes, the loader, within maxwidth', async () => {
    const url = `${app.url}/embed?focus=ru-kaluga`;
    const o = OembedSchema.parse((await app.get(`/api/oembed?url=${encodeURIComponent(url)}&maxwidth=500`)).body);
    expect(o.html).toContain('data-pobratim-embed');
    expect(o.html).toContain('style="width:100%;max-width:500px;height:520px;border:0"');
    expect(o.html).toContain(`<script async src="${app.url}/embed.js"></script>`);
    expect(o.width).toBe(500);
  });
});
