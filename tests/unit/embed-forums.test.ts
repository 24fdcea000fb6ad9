// Embeds mark forum hosts as the explorer's canvas does: one rule picks the editions (a shown host, held by the
// view's last year, undated editions with undated data), the SVG draws a diamond and a tag of numerals on each
// host, the host's accessible name and the description name them, the snapshot's legend explains the mark.
import { describe, expect, it } from 'vitest';
import type { EmbedForum } from '../../core/schemas/embed.schema.ts';
import type { Graph } from '../../core/schemas/graph.schema.ts';
import { describeView } from '../../core/embed/describe.ts';
import { graphMarkup } from '../../core/embed/svg.ts';
import { snapshotSvg } from '../../core/embed/snapshot.ts';
import { forumsHeld } from '../../core/forums/forum-marks.ts';

const city = (id: string, nameRu: string, nameEn: string, country: string) => ({
  id,
  type: 'city',
  nameRu,
  nameEn,
  country,
  lat: null,
  lon: null,
  degree: 1,
});
const tie = (a: string, b: string) => ({
  id: `${a}--${b}`,
  source: a,
  target: b,
  kind: 'twinning',
  kinds: ['twinning'],
  date: null,
  datePrecision: null,
  year: null,
  agreements: [],
  sources: ['s'],
});
const graph: Graph = {
  nodes: [
    city('by-gomel', 'Гомель', 'Gomel', 'BY'),
    city('by-minsk', 'Минск', 'Minsk', 'BY'),
    city('ru-kaluga', 'Калуга', 'Kaluga', 'RU'),
  ],
  links: [tie('by-gomel', 'ru-kaluga'), tie('by-minsk', 'ru-kaluga')],
  truncated: false,
  attribution: [],
};
const forum = (edition: number, editionRoman: string, year: number | null, host: string): EmbedForum => ({
  id: `forum-${edition}`,
  edition,
  editionRoman,
  year,
  host: { id: host },
});
const forums = [
  forum(9, 'IX', 2017, 'by-gomel'),
  forum(1, 'I', 1998, 'by-gomel'),
  forum(7, 'VII', null, 'by-minsk'),
  forum(8, 'VIII', 2015, 'ru-podolsk'),
];
const pos = new Map([
  ['by-gomel', { x: 100, y: 100 }],
  ['by-minsk', { x: 300, y: 100 }],
  ['ru-kaluga', { x: 200, y: 300 }],
]);
const shown = (id: string) => graph.nodes.some((n) => n.id === id);
const ids = (m: Map<string, EmbedForum[]>) =>
  [...m].map(([host, list]) => `${host}:${list.map((f) => f.editionRoman).join(',')}`);

describe("which editions an embed marks (the explorer's rule)", () => {
  it('takes shown hosts only, editions held by the last year, undated ones with undated data', () => {
    expect(ids(forumsHeld(forums, shown, Infinity, true))).toEqual(['by-gomel:I,IX', 'by-minsk:VII']);
    expect(ids(forumsHeld(forums, shown, 2016, true))).toEqual(['by-gomel:I', 'by-minsk:VII']);
    expect(ids(forumsHeld(forums, shown, 2017, false))).toEqual(['by-gomel:I,IX']);
    expect(ids(forumsHeld(forums, shown, 1995, false))).toEqual([]);
  });
});

describe("forum marks in the embed's SVG", () => {
  const marked = [forums[1]!, forums[0]!, forums[2]!];
  const svg = graphMarkup(graph, pos, { lang: 'ru', interactive: true, forums: marked });

  it('draws a diamond and a tag of numerals on each host, over the nodes, not catching the pointer', () => {
    const marks = [
      ...svg.matchAll(
        /<g class="forum-mark" data-host="([^"]+)" data-forums="([^"]+)" transform="translate\(([^)]+)\)" pointer-events="none"><polygon[^>]*\/><text[^>]*>([^<]+)<\/text><\/g>/g,
      ),
    ];
    expect(marks.map((m) => [m[1], m[2], m[3], m[4]])).toEqual([
      ['by-gomel', 'forum-1 forum-9', '100,100', 'I · IX'],
      ['by-minsk', 'forum-7', '300,100', 'VII'],
    ]);
    expect(svg.indexOf('<g class="forums">')).toBeGreaterThan(svg.indexOf('<g class="nodes">'));
  });

  it("names the editions in the host's accessible name", () => {
    expect(svg).toContain('aria-label="Гомель, Беларусь; форумы: I (1998), IX (2017)"');
    expect(svg).toContain('aria-label="Минск, Беларусь; форумы: VII (год неизвестен)"');
    expect(svg).toContain('aria-label="Калуга, Россия"');
  });

  it("draws nothing for a view without editions, and explains the mark in the snapshot's legend", () => {
    expect(graphMarkup(graph, pos, { lang: 'ru', interactive: false })).not.toContain('forum');
    const text = { title: 't', description: 'd', attribution: [], footer: 'f' };
    expect(snapshotSvg(graph, pos, { lang: 'en', forums: marked }, text)).toContain('twin-city forum (edition)');
    expect(snapshotSvg(graph, pos, { lang: 'en' }, text)).not.toContain('twin-city forum');
  });

  it('lists the marked editions in the description', () => {
    expect(describeView(graph, 'ru-kaluga', 'ru', marked)).toMatch(
      / Форумы городов-побратимов на схеме: I — Гомель \(1998\), VII — Минск \(год неизвестен\), IX — Гомель \(2017\)\.$/,
    );
    expect(describeView(graph, undefined, 'en', marked)).toMatch(
      / Twin-city forums shown: I — Gomel \(1998\), VII — Minsk \(year unknown\), IX — Gomel \(2017\)\.$/,
    );
    expect(describeView(graph, 'ru-kaluga', 'ru')).not.toContain('Форумы');
  });
});
