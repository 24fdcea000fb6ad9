// The shared layout is deterministic (same graph → same positions, whatever the input order), fits its box,
// and the map layout follows coordinates; the snippet generator builds both embed codes and escapes.
import { describe, expect, it } from 'vitest';
import { BOX, layoutGraph } from '../../core/embed/layout.ts';
import { embedSnippet } from '../../core/embed/snippet.ts';
import { fullView } from '../../web/embed/embed-dialog.ts';
import { readHeightMessage } from '../../web/embed/height-message.ts';
import { nextInDirection } from '../../core/geometry/nearest-in-direction.ts';
import { embedPath, snapshotPath } from '../../core/embed/view.ts';
import { embedQueryOfExplorer, explorerPath } from '../../core/view/embed-view.ts';

const nodes = [
  { id: 'ru-kaluga', lat: 54.51, lon: 36.26 },
  { id: 'by-minsk', lat: 53.9, lon: 27.57 },
  { id: 'ru-tula', lat: 54.2, lon: 37.62 },
  { id: 'ru-smolensk', lat: 54.78, lon: 32.04 },
  { id: 'xx-unknown', lat: null, lon: null },
];
const links = [
  { source: 'by-minsk', target: 'ru-kaluga' },
  { source: 'ru-kaluga', target: 'ru-tula' },
  { source: 'ru-kaluga', target: 'ru-smolensk' },
];

describe('layoutGraph', () => {
  it('gives the same positions for the same graph in any order', () => {
    const a = layoutGraph(nodes, links, 'force');
    const b = layoutGraph([...nodes].reverse(), [...links].reverse(), 'force');
    expect([...a].sort()).toEqual([...b].sort());
    for (const p of a.values()) {
      expect(p.x).toBeGreaterThanOrEqual(BOX.pad - 0.1);
      expect(p.x).toBeLessThanOrEqual(BOX.width - BOX.pad + 0.1);
      expect(p.y).toBeGreaterThanOrEqual(BOX.pad - 0.1);
      expect(p.y).toBeLessThanOrEqual(BOX.height - BOX.pad + 0.1);
      expect(Math.round(p.x * 10) / 10).toBe(p.x);
    }
  });

  it('places cities by their coordinates on the map, and unknown ones apart below', () => {
    const m = layoutGraph(nodes, links, 'map');
    expect(m.get('by-minsk')!.x).toBeLessThan(m.get('ru-smolensk')!.x);
    expect(m.get('ru-smolensk')!.x).toBeLessThan(m.get('ru-kaluga')!.x);
    expect(m.get('ru-smolensk')!.y).toBeLessThan(m.get('by-minsk')!.y); // further north is higher
    expect(m.get('xx-unknown')!.y).toBeGreaterThan(
      Math.max(...['by-minsk', 'ru-tula', 'ru-smolensk', 'ru-kaluga'].map((id) => m.get(id)!.y)),
    );
  });

  it('keeps one lone node in the middle', () => {
    expect([...layoutGraph([nodes[0]!], [], 'force').values()]).toEqual([{ x: BOX.width / 2, y: BOX.height / 2 }]);
  });
});

describe('keyboard moves', () => {
  it('go to the nearest node in the direction, or nowhere', () => {
    const pos = new Map([
      ['a', { x: 0, y: 0 }],
      ['b', { x: 10, y: 1 }],
      ['c', { x: 5, y: 20 }],
      ['d', { x: 30, y: 0 }],
    ]);
    expect(nextInDirection('a', 'right', pos)).toBe('b');
    expect(nextInDirection('a', 'down', pos)).toBe('c');
    expect(nextInDirection('a', 'left', pos)).toBeUndefined();
  });
});

describe('URLs and the embed code', () => {
  const view = fullView({ focus: 'ru-kaluga', depth: 2, country: ['RU', 'BY'], lang: 'en', controls: '0' });

  it('mirror the API parameters, leaving defaults out', () => {
    expect(embedPath(view)).toBe('/embed?focus=ru-kaluga&depth=2&country=RU%2CBY&lang=en&controls=0');
    expect(snapshotPath(view, 'png')).toBe(
      '/api/snapshot.png?focus=ru-kaluga&depth=2&country=RU%2CBY&lang=en&controls=0',
    );
    expect(explorerPath(view)).toBe('/?lang=en&country=RU%2CBY&focus=ru-kaluga&depth=2&sel=ru-kaluga');
    expect(embedPath(fullView({ story: '0123456789abcdef', focus: 'ru-kaluga' }))).toBe(
      '/embed?story=0123456789abcdef',
    );
  });

  it('link back to the explorer in its own URL format, and read a link copied from it', () => {
    // «Open in Pobratim» from a map of 2017 without undated ties: the explorer reads year, undated=0 and tab=map.
    expect(explorerPath(fullView({ to: 2017, undated: 'exclude', layout: 'map', kind: ['twinning'] }))).toBe(
      '/?tab=map&year=2017&undated=0&kind=twinning',
    );
    expect(explorerPath(fullView({}))).toBe('/');
    // oEmbed of an explorer link: its year, undated toggle and map tab become the embed's to, undated and layout;
    // what the embed has no place for (selection, expansions, zoom) is left out.
    expect(
      embedQueryOfExplorer(
        '?tab=map&year=2017&undated=0&country=BY,RU&focus=ru-kaluga&sel=by-minsk&exp=by-minsk&t=1,2,3',
      ),
    ).toEqual({
      focus: 'ru-kaluga',
      country: 'BY,RU',
      to: '2017',
      undated: 'exclude',
      layout: 'map',
    });
    // The round trip keeps the view.
    const there = fullView({
      focus: 'ru-tula',
      depth: 3,
      country: ['RU'],
      to: 2001,
      undated: 'exclude',
      lang: 'en',
      layout: 'map',
    });
    expect(embedQueryOfExplorer(explorerPath(there).slice(1))).toEqual(
      Object.fromEntries(new URLSearchParams(embedPath({ ...there, controls: '1' }).split('?')[1])),
    );
  });

  it('gives a responsive iframe with the loader and a plain iframe, escaping the title', () => {
    const s = embedSnippet({ origin: 'https://pobratim.example', view, height: 90, title: 'Kaluga "ties" <3>' });
    expect(s.url).toBe('https://pobratim.example/embed?focus=ru-kaluga&depth=2&country=RU%2CBY&lang=en&controls=0');
    expect(s.responsive).toBe(
      '<iframe src="https://pobratim.example/embed?focus=ru-kaluga&amp;depth=2&amp;country=RU%2CBY&amp;lang=en&amp;controls=0" title="Kaluga &quot;ties&quot; &lt;3&gt;" aria-label="Kaluga &quot;ties&quot; &lt;3&gt;" loading="lazy" data-pobratim-embed style="width:100%;height:120px;border:0"></iframe>\n' +
        '<script async src="https://pobratim.example/embed.js"></script>',
    );
    expect(s.plain).toMatch(
      /^<iframe src="[^"]+" title="[^"]+" aria-label="[^"]+" loading="lazy" width="640" height="120" style="border:0;max-width:100%"><\/iframe>$/,
    );
    expect(s.plain).not.toContain('<script');
  });

  it('accepts only well-formed height messages', () => {
    expect(readHeightMessage({ type: 'pobratim:height', height: 512.4 })).toBe(512);
    expect(readHeightMessage({ type: 'pobratim:height', height: 1e9 })).toBe(4000);
    expect(readHeightMessage({ type: 'pobratim:height', height: '512' })).toBeUndefined();
    expect(readHeightMessage({ type: 'other', height: 512 })).toBeUndefined();
    expect(readHeightMessage(null)).toBeUndefined();
  });
});
