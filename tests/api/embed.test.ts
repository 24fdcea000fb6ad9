// Embeds over HTTP against the real database: snapshots, oEmbed, stories, framing, CSP and CORS per route.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OembedSchema, StorySchema } from '../../core/schemas/embed.schema.ts';
import { startTestApp, testDatabase, type TestApp } from '../helpers/test-app.ts';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

const raw = (path: string, init?: RequestInit) => fetch(app.url + path, init);
const nodeIds = (svg: string) => [...svg.matchAll(/<g class="node[^"]*" data-id="([^"]+)"/g)].map((m) => m[1]).sort();

describe('snapshots', () => {
  it('draws the view as SVG with the same nodes as the API, usable from other origins', async () => {
    const res = await raw('/api/snapshot.svg?focus=ru-kaluga');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    expect(res.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    const svg = await res.text();
    expect(nodeIds(svg)).toEqual(['by-minsk', 'ru-kaluga', 'ru-smolensk', 'ru-tula']);
    expect(svg).toContain('Калуга — города-побратимы');
    expect(svg).toContain('Минск (2015)');
    expect(await (await raw('/api/snapshot.svg?focus=ru-kaluga')).text()).toBe(svg);
  });

  it('renders a PNG of the same picture', async () => {
    const res = await raw('/api/snapshot.png?focus=ru-kaluga&lang=en');
    expect(res.headers.get('content-type')).toBe('image/png');
    const png = Buffer.from(await res.arrayBuffer());
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(1200);
    expect(png.readUInt32BE(20)).toBe(630);
  });

  it('keeps page and snapshots only while the graph is unchanged: a write anywhere shows at once', async () => {
    const before = {
      page: await (await raw('/embed?focus=ru-kaluga&lang=en')).text(),
      svg: await (await raw('/api/snapshot.svg?focus=ru-kaluga&lang=en')).text(),
    };
    const png = Buffer.from(await (await raw('/api/snapshot.png?focus=ru-kaluga&lang=en')).arrayBuffer());
    expect(before.page).toContain('Tula');
    const write = (query: string) => app.db.driver.executeQuery(query, {}, { database: app.db.database });
    await write("MATCH (c:City {id: 'ru-tula'}) SET c.nameEn = 'Tula renamed'");
    try {
      expect(await (await raw('/embed?focus=ru-kaluga&lang=en')).text()).toContain('Tula renamed');
      expect(await (await raw('/api/snapshot.svg?focus=ru-kaluga&lang=en')).text()).toContain('Tula renamed');
      expect(
        Buffer.from(await (await raw('/api/snapshot.png?focus=ru-kaluga&lang=en')).arrayBuffer()).equals(png),
      ).toBe(false);
    } finally {
      await write("MATCH (c:City {id: 'ru-tula'}) SET c.nameEn = 'Tula'");
    }
    expect(await (await raw('/embed?focus=ru-kaluga&lang=en')).text()).toBe(before.page);
    expect(await (await raw('/api/snapshot.svg?focus=ru-kaluga&lang=en')).text()).toBe(before.svg);
  });

  it('rejects bad parameters and unknown cities with the usual error shape', async () => {
    expect((await app.get('/api/snapshot.svg?depth=9')).body.error.details.fields[0].field).toBe('depth');
    expect((await app.get('/api/snapshot.svg?focus=xx-nowhere')).status).toBe(404);
    expect((await app.get('/embed?layout=spiral')).status).toBe(400);
  });
});

describe('forum marks', () => {
  const pageData = async (path: string) => {
    const html = await (await raw(path)).text();
    const data = JSON.parse(html.match(/<script type="application\/json" id="pobratim-data">(.*?)<\/script>/s)![1]!);
    return { html, forums: (data.forums as { id: string; host: { id: string } }[]).map((f) => `${f.id}@${f.host.id}`) };
  };

  it("mark the editions the explorer would: shown hosts, held by the view's last year, undated with undated data", async () => {
    const mogilev = await pageData('/embed?focus=by-mogilev&to=2017');
    expect(mogilev.forums).toEqual(['forum-09@by-mogilev']);
    expect(mogilev.html).toContain('Форумы городов-побратимов на схеме: IX — Могилёв (2017).');
    expect(mogilev.html).toContain('<li class="forum-key">');
    expect((await pageData('/embed?focus=by-mogilev&to=2016')).forums).toEqual([]);
    expect((await pageData('/embed?focus=ru-kaluga')).forums).toEqual(['forum-07@by-minsk']); // VII: year unknown
    const excluded = await pageData('/embed?focus=ru-kaluga&undated=exclude');
    expect(excluded.forums).toEqual([]);
    expect(excluded.html).not.toContain('forum-key');
    const svg = await (await raw('/api/snapshot.svg?focus=by-mogilev&to=2017&lang=en')).text();
    expect(svg).toMatch(/<g class="forum-mark" data-host="by-mogilev" data-forums="forum-09"[^>]*>.*?>IX<\/text><\/g>/);
    expect(svg).toContain('twin-city forum (edition)');
  });

  it('are frozen with a story; a story pinned before forums were marked shows none', async () => {
    const story = StorySchema.parse(
      await (
        await raw('/api/stories', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: '{"focus":"by-mogilev","to":2017}',
        })
      ).json(),
    );
    expect(story.forums).toEqual([
      { id: 'forum-09', edition: 9, editionRoman: 'IX', year: 2017, host: { id: 'by-mogilev' } },
    ]);
    expect(StorySchema.parse((await app.get(`/api/stories/${story.id}`)).body).forums).toEqual(story.forums);
    expect((await pageData(`/embed?story=${story.id}`)).forums).toEqual(['forum-09@by-mogilev']);
    const session = app.db.driver.session();
    try {
      await session.run(
        "MATCH (s:Story {id: $id}) CREATE (old:Story {id: 'fedcba9876543210'}) SET old.pinnedAt = s.pinnedAt, old.view = s.view, old.graph = s.graph",
        { id: story.id },
      );
      expect((await app.get('/api/stories/fedcba9876543210')).body.forums).toEqual([]);
      expect((await pageData('/embed?story=fedcba9876543210')).forums).toEqual([]);
    } finally {
      await session.run("MATCH (s:Story {id: 'fedcba9876543210'}) DETACH DELETE s");
      await session.close();
    }
  });
});

describe('oEmbed', () => {
  it('answers for embed and explorer URLs with a valid rich response', async () => {
    for (const url of [`${app.url}/embed?focus=ru-kaluga`, `${app.url}/?focus=ru-kaluga`]) {
      const { status, body } = await app.get(`/api/oembed?url=${encodeURIComponent(url)}&format=json`);
      expect(status).toBe(200);
      const o = OembedSchema.parse(body);
      expect(o).toMatchObject({
        type: 'rich',
        version: '1.0',
        title: 'Калуга — города-побратимы',
        provider_name: 'Pobratim',
        width: 640,
        height: 520,
      });
      expect(o.html).toMatch(new RegExp(`^<iframe src="${app.url}/embed\\?focus=ru-kaluga"`));
      expect(o.html).toContain('title="Калуга: связи с 3 городами');
      expect(o.thumbnail_url).toBe(`${app.url}/api/snapshot.png?focus=ru-kaluga`);
    }
  });

  it('reads an explorer link in the explorer URL format: year, undated=0 and the map tab', async () => {
    const url = `${app.url}/?tab=map&year=2014&undated=0&focus=ru-kaluga&sel=by-minsk&t=1,2,3`;
    const { status, body } = await app.get(`/api/oembed?url=${encodeURIComponent(url)}`);
    expect(status).toBe(200);
    expect(body.html).toMatch(
      new RegExp(`^<iframe src="${app.url}/embed\\?focus=ru-kaluga&amp;to=2014&amp;undated=exclude&amp;layout=map"`),
    );
    expect(body.thumbnail_url).toBe(`${app.url}/api/snapshot.png?focus=ru-kaluga&to=2014&undated=exclude&layout=map`);
    // The explorer page's og:image is a picture of that same view.
    const page = await (await raw(`/?tab=map&year=2014&undated=0&focus=ru-kaluga`)).text();
    expect(page).toContain(
      `<meta property="og:image" content="${app.url}/api/snapshot.png?focus=ru-kaluga&amp;to=2014&amp;undated=exclude&amp;layout=map">`,
    );
    // What the explorer itself would ignore is left out, never an error.
    expect(
      (await app.get(`/api/oembed?url=${encodeURIComponent(`${app.url}/?year=banana&undated=maybe&focus=%3Cx%3E`)}`))
        .status,
    ).toBe(200);
  });

  it('fits maxwidth/maxheight, 404s on other sites and pages, 501s on XML', async () => {
    const small = await app.get(
      `/api/oembed?url=${encodeURIComponent(`${app.url}/embed?focus=ru-kaluga`)}&maxwidth=300&maxheight=200`,
    );
    expect(small.body).toMatchObject({ width: 300, height: 200 });
    expect(
      (await app.get(`/api/oembed?url=${encodeURIComponent('https://example.org/embed?focus=ru-kaluga')}`)).status,
    ).toBe(404);
    expect((await app.get(`/api/oembed?url=${encodeURIComponent(`${app.url}/api/graph`)}`)).status).toBe(404);
    expect((await app.get('/api/oembed?url=not%20a%20url')).status).toBe(404);
    const xml = await app.get(`/api/oembed?url=${encodeURIComponent(`${app.url}/embed`)}&format=xml`);
    expect(xml.status).toBe(501);
    expect(xml.body.error.code).toBe('not_implemented');
  });

  it('is discoverable from the embed page (link) and the explorer (Link header and link, with og:image)', async () => {
    const html = await (await raw('/embed?focus=ru-kaluga&lang=en')).text();
    expect(html).toContain('<link rel="alternate" type="application/json+oembed" href="');
    expect(html).toContain('<title>Kaluga — twin cities</title>');
    expect(html).toContain(
      `<meta property="og:image" content="${app.url}/api/snapshot.png?focus=ru-kaluga&amp;lang=en">`,
    );
    expect(html).toContain('Kaluga: ties with 3 cities, 1 of them a twin city.');
    expect(html).toMatch(/<noscript><img class="snapshot" src="\/api\/snapshot.svg\?focus=ru-kaluga&amp;lang=en"/);
    const explorer = await raw('/?focus=ru-kaluga');
    expect(explorer.headers.get('link')).toMatch(
      /^<.*\/api\/oembed\?url=.*>; rel="alternate"; type="application\/json\+oembed"$/,
    );
    const page = await explorer.text();
    expect(page).toContain(
      `<link rel="alternate" type="application/json+oembed" href="${app.url}/api/oembed?url=${encodeURIComponent(`${app.url}/?focus=ru-kaluga`)}&amp;format=json"`,
    );
    expect(page).toContain(`<meta property="og:image" content="${app.url}/api/snapshot.png?focus=ru-kaluga">`);
    expect((await raw('/?focus=%3Cscript%3E')).status).toBe(200);
    expect(await (await raw('/?focus=%3Cscript%3E')).text()).not.toContain('<script>alert');
  });

  it('escapes what it echoes', async () => {
    const html = await (await raw('/embed?focus=ru-kaluga&x=%3Cscript%3E')).text();
    expect(html).not.toContain('<script>');
  });
});

describe('framing, CSP and CORS', () => {
  it('lets only /embed be framed by other sites', async () => {
    const embed = await raw('/embed?focus=ru-kaluga');
    expect(embed.headers.get('content-security-policy')).toContain('frame-ancestors *');
    expect(embed.headers.get('content-security-policy')).toContain("connect-src 'self'");
    expect(embed.headers.get('x-frame-options')).toBeNull();
    for (const path of ['/', '/api/docs/', '/api/health', '/embed.html', '/api/snapshot.svg?focus=ru-kaluga']) {
      const res = await raw(path);
      expect(res.headers.get('content-security-policy'), path).toContain("frame-ancestors 'none'");
      expect(res.headers.get('x-frame-options'), path).toBe('SAMEORIGIN');
    }
  });

  it('answers CORS for read-only GETs only', async () => {
    const get = await raw('/api/graph?focus=ru-kaluga', { headers: { Origin: 'http://elsewhere.example' } });
    expect(get.headers.get('access-control-allow-origin')).toBe('*');
    const preflight = await raw('/api/graph', {
      method: 'OPTIONS',
      headers: { Origin: 'http://elsewhere.example', 'Access-Control-Request-Method': 'GET' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-methods')).toBe('GET, HEAD');
    const postPreflight = await raw('/api/stories', {
      method: 'OPTIONS',
      headers: { Origin: 'http://elsewhere.example', 'Access-Control-Request-Method': 'POST' },
    });
    expect(postPreflight.headers.get('access-control-allow-origin')).toBeNull();
    const post = await raw('/api/stories', {
      method: 'POST',
      headers: { Origin: 'http://elsewhere.example', 'Content-Type': 'application/json' },
      body: '{"focus":"ru-kaluga"}',
    });
    expect(post.headers.get('access-control-allow-origin')).toBeNull();
    const importPreflight = await raw('/api/import', {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://elsewhere.example',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization',
      },
    });
    expect(importPreflight.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('pinned stories', () => {
  it('are limited per client: past the limit, 429 rate_limited', async () => {
    const limited = await startTestApp(testDatabase(), { storyRateLimit: { limit: 2, windowMs: 60_000 } });
    try {
      const pin = () =>
        fetch(`${limited.url}/api/stories`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: '{"focus":"by-minsk","depth":1}',
        });
      expect([(await pin()).status, (await pin()).status]).toEqual([201, 201]);
      const third = await pin();
      expect(third.status).toBe(429);
      expect((await third.json()).error).toMatchObject({
        code: 'rate_limited',
        message: expect.stringContaining('Too many stories pinned: at most 2'),
      });
    } finally {
      await limited.close();
    }
  });

  it("freeze the view's data so the embed does not change when the graph grows", async () => {
    const post = (body: object) =>
      raw('/api/stories', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
    const first = await post({ focus: 'ru-kaluga', depth: 1 });
    expect(first.status).toBe(201);
    const story = await first.json();
    expect(story.id).toMatch(/^[a-f0-9]{16}$/);
    expect(story.embedUrl).toBe(`${app.url}/embed?story=${story.id}`);
    const again = await (await post({ focus: 'ru-kaluga', depth: 1 })).json();
    expect(again).toMatchObject({ id: story.id, pinnedAt: story.pinnedAt });
    expect((await post({ focus: 'ru-kaluga', bogus: 1 })).status).toBe(400);
    expect((await post({ focus: 'ru-kaluga', from: 2030, undated: 'exclude' })).status).toBe(400); // nothing to pin
    // Like every node, a story says where its data comes from (the sources its frozen ties cite).
    const [row] = await app.db.read<{ unsourced: string[] }>('list-unsourced');
    expect(row!.unsourced).not.toContain(story.id);

    const session = app.db.driver.session();
    try {
      await session.run(
        "MERGE (s:Source {id: 'zz-embed-source'}) SET s.publisher = 'Wikipedia', s.licence = 'Wikipedia contributors, CC BY-SA 4.0'",
      );
      await session.run(
        "MERGE (c:City {id: 'zz-embed-test'}) SET c.nameRu = 'Тестовск', c.nameEn = 'Testovsk', c.country = 'RU' WITH c MATCH (k:City {id: 'ru-kaluga'}) MERGE (k)-[:TIE {id: 'ru-kaluga--zz-embed-test', kind: 'twinning', kinds: ['twinning'], agreements: [], sources: ['zz-embed-source']}]->(c)",
      );
      const liveIds = (await app.get('/api/graph?focus=ru-kaluga')).body.nodes.map((n: any) => n.id);
      expect(liveIds).toContain('zz-embed-test');
      // The live view shows the grown graph, with the licence credits its data requires (the coordinates' too).
      const livePage = await (await raw('/embed?focus=ru-kaluga')).text();
      expect(livePage).toContain('Калуга: связи с 4 городами, из них 2 города-побратима.');
      expect(livePage).toMatch(
        /<span id="credits">Источник: «Побратим» · GeoNames \(geonames.org\), CC BY 4.0 · Wikipedia contributors, CC BY-SA 4.0<\/span>/,
      );
      expect(await (await raw('/api/snapshot.svg?focus=ru-kaluga')).text()).toContain(
        'Wikipedia contributors, CC BY-SA 4.0',
      );
      const stored = StorySchema.parse((await app.get(`/api/stories/${story.id}`)).body);
      expect(stored.graph.nodes.map((n) => n.id).sort()).toEqual(['by-minsk', 'ru-kaluga', 'ru-smolensk', 'ru-tula']);
      const svg = await (await raw(`/api/snapshot.svg?story=${story.id}`)).text();
      expect(nodeIds(svg)).toEqual(['by-minsk', 'ru-kaluga', 'ru-smolensk', 'ru-tula']);
      const page = await raw(`/embed?story=${story.id}`);
      expect(page.headers.get('cache-control')).toContain('immutable');
      expect(await page.text()).toContain(`Данные зафиксированы ${story.pinnedAt.slice(0, 10)}`);
    } finally {
      await session.run("MATCH (c:City {id: 'zz-embed-test'}) DETACH DELETE c");
      await session.run("MATCH (s:Source {id: 'zz-embed-source'}) DETACH DELETE s");
      await session.close();
    }
    expect((await app.get('/api/stories/0123456789abcdef')).status).toBe(404);
    expect((await app.get('/embed?story=0123456789abcdef')).status).toBe(404);
  });
});
