// The forums view: editions on a timeline (gaps where no source was found stay visible as gaps) and their hosts
// on a small map. Editions after the chosen year are dimmed; one without a known year follows the undated toggle.
import { geoPath } from 'd3';
import { feature, mesh } from 'topojson-client';
import type { WorldTopology } from '../render/world-atlas.ts';
import type { z } from 'zod';
import type { ForumListSchema } from '../../../core/schemas/forum.schema.ts';
import { tr } from '../i18n/strings.ts';
import { worldProjection } from '../layout/geo.ts';
import { byHost, editionsLabel } from '../../../core/forums/forum-marks.ts';
import { nodeName } from '../model/graph-model.ts';
import { TakenBoxes, type Box } from '../../../core/labels/label-boxes.ts';
import type { Lang } from '../../../core/view/view-state.ts';
import { countryColour } from '../../../core/style/country-colours.ts';
// Editions held by the chosen year wear the forum tags' colour; a host's point is its country's colour.
import { FORUM_MARK } from '../render/draw.ts';
import { h } from './dom.ts';
import { noteIn } from '../i18n/data-notes.ts';

type ForumList = z.infer<typeof ForumListSchema>;
const SVG = 'http://www.w3.org/2000/svg';

function s<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
  text?: string,
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (text !== undefined) el.textContent = text;
  return el;
}

export interface PointLabel {
  x: number;
  y: number;
  anchor: 'start' | 'end' | 'middle';
}

/**
 * Labels for points on a small map, in the order given (most important first): each tries right, left, above,
 * below, then further right/left, and takes the first place that covers no point and no label already placed
 * (core/labels); a label with no free place is left out (null: its point keeps its name in a tooltip, and the list
 * below the map names every edition). Boxes span the text's ascent and descent. Pure.
 */
export function placePointLabels(
  points: readonly { x: number; y: number; text: string }[],
  size: number,
  r: number,
  width: (text: string) => number = (t) => t.length * size * 0.6,
): (PointLabel | null)[] {
  const taken = new TakenBoxes(points.map((p) => ({ x: p.x - r, y: p.y - r, w: 2 * r, h: 2 * r })));
  const line = size * 1.3;
  return points.map((p) => {
    const w = width(p.text);
    const at = (x: number, baseline: number, anchor: PointLabel['anchor']): [PointLabel, Box] => [
      { x, y: baseline, anchor },
      { x: anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2, y: baseline - size, w, h: line },
    ];
    const mid = p.y + size / 3;
    const options = [
      at(p.x + r + 2, mid, 'start'),
      at(p.x - r - 2, mid, 'end'),
      at(p.x, p.y - r - 2 - 0.3 * size, 'middle'),
      at(p.x, p.y + r + 2 + size, 'middle'),
      at(p.x + r + 2, mid + line, 'start'),
      at(p.x - r - 2, mid - line, 'end'),
    ];
    const k = taken.take(...options.map(([, b]) => b));
    return k < 0 ? null : options[k]![0];
  });
}

export function renderForums(
  list: ForumList,
  lang: Lang,
  year: number,
  undated: boolean,
  openForum: (id: string) => void,
  /** The world's shapes for the hosts' map (render/world-atlas.ts). */
  topo: WorldTopology,
): HTMLElement {
  const shown = (y: number | null) => (y === null ? undated : y <= year);
  const last = Math.max(...list.forums.map((f) => f.edition), ...list.missingEditions, 1);
  const width = 760;
  const step = (width - 40) / last;
  const timeline = s('svg', {
    viewBox: `0 0 ${width} 90`,
    class: 'forum-timeline',
    role: 'img',
    'aria-label': tr(lang, 'editions'),
  });
  timeline.append(s('line', { x1: 20, x2: width - 20, y1: 40, y2: 40, stroke: '#4a5d78', 'stroke-width': 2 }));
  for (let e = 1; e <= last; e++) {
    const x = 20 + step * (e - 0.5);
    const f = list.forums.find((f) => f.edition === e);
    const g = s('g', { class: f ? 'edition' : 'edition missing', 'data-edition': e });
    if (f) {
      g.append(s('circle', { cx: x, cy: 40, r: 9, fill: shown(f.year) ? FORUM_MARK.colour : '#3a4556' }));
      g.append(s('text', { x, y: 22, 'text-anchor': 'middle', fill: '#eef2f7', 'font-size': 12 }, f.editionRoman));
      g.append(
        s(
          'text',
          { x, y: 66, 'text-anchor': 'middle', fill: '#b8c4d6', 'font-size': 11 },
          f.year === null ? '?' : String(f.year),
        ),
      );
      g.append(
        s(
          'text',
          { x, y: 82, 'text-anchor': 'middle', fill: '#8a98ad', 'font-size': 10 },
          f.host ? nodeName(f.host, lang) : '?',
        ),
      );
      g.style.cursor = 'pointer';
      g.addEventListener('click', () => openForum(f.id));
    } else {
      // A gap: no source found for this edition. Shown as an empty slot, never as a zero.
      g.append(s('circle', { cx: x, cy: 40, r: 7, fill: 'none', stroke: '#8a98ad', 'stroke-dasharray': '2 2' }));
      g.append(s('text', { x, y: 66, 'text-anchor': 'middle', fill: '#8a98ad', 'font-size': 11 }, '?'));
      g.append(s('title', {}, `${e}: ${tr(lang, 'missing')}`));
    }
    timeline.append(g);
  }
  const projection = worldProjection();
  const hosts = list.forums.filter((f) => f.host?.lat != null && f.host.lon != null);
  const lons = hosts.map((f) => f.host!.lon!);
  const lats = hosts.map((f) => f.host!.lat!);
  // The hosts' box with a margin of a few degrees, so the neighbouring countries give the points context.
  const corners = hosts.length
    ? [
        [Math.min(...lons) - 8, Math.min(...lats) - 4],
        [Math.max(...lons) + 8, Math.max(...lats) + 4],
      ]
    : [
        [-170, -60],
        [170, 80],
      ];
  projection.fitExtent(
    [
      [10, 10],
      [width - 10, 330],
    ],
    { type: 'MultiPoint', coordinates: corners },
  );
  const path = geoPath(projection);
  const map = s('svg', {
    viewBox: `0 0 ${width} 340`,
    class: 'forum-map',
    role: 'img',
    'aria-label': tr(lang, 'hosts'),
  });
  map.append(s('path', { d: path(feature(topo, topo.objects.land)) ?? '', fill: '#1f2a3a' }));
  map.append(
    s('path', {
      d: path(mesh(topo, topo.objects.countries)) ?? '',
      fill: 'none',
      stroke: '#4a5d78',
      'stroke-width': 0.7,
    }),
  );
  // One point per host city, with all its editions ("I · IX Гомель"), labelled where no other label or point is:
  // hosts of more editions first, widths measured in the page's font.
  const points = [...byHost(hosts).values()]
    .sort((a, b) => b.length - a.length)
    .flatMap((held) => {
      const p = projection([held[0]!.host!.lon!, held[0]!.host!.lat!]);
      return p ? [{ held, x: p[0], y: p[1], text: `${editionsLabel(held)} ${nodeName(held[0]!.host!, lang)}` }] : [];
    });
  const labels = placePointLabels(points, 11, 6, textWidth(11));
  points.forEach(({ held, x, y, text }, k) => {
    const g = s('g', { class: 'host', opacity: held.some((f) => shown(f.year)) ? 1 : 0.3 });
    g.append(s('circle', { cx: x, cy: y, r: 6, fill: countryColour(held[0]!.host!.country), stroke: '#0f1620' }));
    g.append(s('title', {}, text));
    const l = labels[k];
    if (l)
      g.append(
        s(
          'text',
          {
            x: l.x,
            y: l.y,
            'text-anchor': l.anchor,
            fill: '#eef2f7',
            'font-size': 11,
            stroke: '#0f1620',
            'stroke-width': 3,
            'paint-order': 'stroke',
          },
          text,
        ),
      );
    g.addEventListener('click', () => openForum(held.at(-1)!.id));
    map.append(g);
  });
  const items = [...list.forums, ...list.missingEditions.map((e) => ({ edition: e, missing: true as const }))].sort(
    (a, b) => a.edition - b.edition,
  );
  return h(
    'section',
    { class: 'forums-view' },
    h('h2', {}, tr(lang, 'editions')),
    timeline,
    map,
    h(
      'ol',
      { class: 'forum-list' },
      items.map((f) =>
        'missing' in f
          ? h('li', { class: 'missing', value: f.edition }, `${f.edition}: ${tr(lang, 'missing')}`)
          : h(
              'li',
              { value: f.edition, class: shown(f.year) ? '' : 'later' },
              h(
                'button',
                { type: 'button', class: 'link', onclick: () => openForum(f.id) },
                `${f.editionRoman} — ${f.host ? nodeName(f.host, lang) : '?'}, ${f.startDate ?? (f.dateNote && noteIn(f.dateNote, lang).text) ?? tr(lang, 'noDate')}${f.endDate ? ' – ' + f.endDate : ''}`,
              ),
              f.participants
                ? ` · ${f.participantsApprox ? '≈' : ''}${f.participants} ${tr(lang, 'participants')}`
                : '',
            ),
      ),
    ),
  );
}

/** Widths of text at `size` px in the page's own font (the map's labels inherit it). */
function textWidth(size: number): (text: string) => number {
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) return (t) => t.length * size * 0.6;
  ctx.font = `${size}px ${getComputedStyle(document.body).fontFamily}`;
  return (t) => ctx.measureText(t).width;
}
