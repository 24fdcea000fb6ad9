// Pure SVG drawing of a laid-out view, shared by the live embed and the server's snapshot: the same graph and
// positions give the same markup (node ids and labels in data attributes), so both show the same picture.
// Styles are attributes, not CSS, so a rasteriser (resvg) draws the snapshot exactly as the browser does.
import type { EmbedForum } from '../schemas/embed.schema.ts';
import type { Graph, GraphNode } from '../schemas/graph.schema.ts';
import { byHost, editionsLabel } from '../forums/forum-marks.ts';
import { firstFree, type Box } from '../labels/label-boxes.ts';
import { BOX, type Point } from './layout.ts';
import { WORDS, type Lang } from '../i18n/embed-words.ts';
import { countryName, nameOf } from '../i18n/names.ts';
import { esc } from '../text/escape-markup.ts';
import {
  graphFacts,
  KIND_COLOURS,
  legendRows,
  nodeColour,
  type ColourBy,
  type LegendRow,
} from '../style/style-rules.ts';

export const KIND_STYLE: Record<string, { stroke: string; width: number; dash?: string }> = {
  twinning: { stroke: KIND_COLOURS.twinning!, width: 2.5 },
  partnership: { stroke: KIND_COLOURS.partnership!, width: 2 },
  cooperation: { stroke: KIND_COLOURS.cooperation!, width: 1.6, dash: '5 4' },
};
export const FONT = "DejaVu Sans, 'Segoe UI', Arial, sans-serif";
/** The explorer's forum tag colour (FORUM_MARK) with a darker outline that holds on a white page. */
export const FORUM_STYLE = { fill: '#ffd166', stroke: '#9a6700', text: '#1a1a1a' } as const;
const LABEL_ALL_BELOW = 40,
  LABEL_TOP = 30;

export { esc };

export interface DrawOptions {
  lang: Lang;
  focus?: string | undefined;
  interactive: boolean;
  /** Editions to mark on their hosts (EmbedService picks them as the explorer does). */
  forums?: readonly EmbedForum[] | undefined;
  /** Text enlargement in layout units, so that labels stay readable when the picture is scaled down (a 360 px
   *  phone column draws the 800-unit box at 0.43×: the live embed passes 11 px / (12 × scale)); fewer labels
   *  then fit, rather than tiny ones. */
  labelScale?: number | undefined;
  /** The explorer's colour rule (core/style), country by default: the same colours as the explorer. */
  colourBy?: ColourBy | undefined;
  /** Land and borders under a map layout (server/embed/base-map.ts), in layout units. */
  baseMap?: BaseMap | null | undefined;
}

/** A map layout's base map as SVG path data in layout units (BOX), clipped to the box. */
export interface BaseMap {
  land: string;
  borders: string;
}
/** Light land and borders on the white page: the map reads as ground, the places and ties stay in front. */
export const BASE_MAP_STYLE = { land: '#eef1f4', border: '#c3ccd6' } as const;

function baseMapMarkup(m: BaseMap): string {
  return `<g class="base-map" pointer-events="none"><path d="${esc(m.land)}" fill="${BASE_MAP_STYLE.land}"/><path d="${esc(m.borders)}" fill="none" stroke="${BASE_MAP_STYLE.border}" stroke-width="0.8" stroke-linejoin="round"/></g>`;
}

/** The colour legend's rows for a graph: the same rule, colours and words as the explorer's legend. */
export function colourLegend(graph: Graph, by: ColourBy, lang: Lang): LegendRow[] {
  return legendRows(by, graphFacts(graph.nodes, graph.links).values(), lang);
}

/** "VII (год неизвестен)" — a host's editions for its accessible name and the keyboard details. */
export function hostedText(held: readonly EmbedForum[], lang: Lang): string {
  return held.map((f) => `${f.editionRoman} (${f.year ?? WORDS[lang].yearUnknown})`).join(', ');
}

const diamond = (d: number) => `0,${-d} ${d},0 0,${d} ${-d},0`;

/** Links, nodes (with labels by level of detail), then forum marks — a diamond around each host and a tag with
 *  its editions up and to the left (node labels go right) — in layout coordinates (BOX). */
export function graphMarkup(graph: Graph, pos: Map<string, Point>, opts: DrawOptions): string {
  const degree = new Map<string, number>();
  for (const l of graph.links) for (const id of [l.source, l.target]) degree.set(id, (degree.get(id) ?? 0) + 1);
  const hosts = byHost(opts.forums ?? []);
  const m = opts.labelScale ?? 1;
  const radius = (n: GraphNode) =>
    n.id === opts.focus ? 10 : Math.round((5 + Math.min(6, Math.sqrt(degree.get(n.id) ?? 0) * 1.5)) * 10) / 10;
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const facts = graphFacts(graph.nodes, graph.links);
  const fill = (n: GraphNode) => nodeColour(opts.colourBy ?? 'country', facts.get(n.id)!);
  // Forum tags first (they carry the story), then node labels in order of importance, none covering another.
  const tags = [...hosts].flatMap(([id, held]) => {
    const p = pos.get(id),
      n = byId.get(id);
    if (!p || !n) return [];
    const d = radius(n) + 5,
      label = editionsLabel(held);
    const w = textWidth(label, 11 * m, true);
    return [{ id, held, p, d, label, box: { x: p.x - d - w - 2, y: p.y - d - 11 * m, w: w + 4, h: 14 * m } }];
  });
  // A label starts right of its node — of a host's diamond.
  const gap = (n: GraphNode) => radius(n) + (hosts.has(n.id) ? 7 : 3);
  const labelled = placeLabels(
    graph.nodes,
    pos,
    degree,
    gap,
    opts,
    tags.map((t) => t.box),
  );
  const links = graph.links.flatMap((l) => {
    const a = pos.get(l.source),
      b = pos.get(l.target);
    if (!a || !b) return [];
    const s = KIND_STYLE[l.kind] ?? KIND_STYLE.cooperation!;
    return [
      `<line class="link" data-id="${esc(l.id)}" data-kind="${esc(l.kind)}" x1="${a.x}" y1="${a.y}" x2="${b.x}" y2="${b.y}" stroke="${s.stroke}" stroke-width="${s.width}"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''} stroke-opacity="0.8"/>`,
    ];
  });
  const nodes = [...graph.nodes]
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .flatMap((n) => {
      const p = pos.get(n.id);
      if (!p) return [];
      const label = nameOf(n, opts.lang);
      const isFocus = n.id === opts.focus;
      const r = radius(n);
      const held = hosts.get(n.id);
      const aria = `${label}, ${countryName(n.country, opts.lang)}${held ? `; ${WORDS[opts.lang].forumsOf} ${hostedText(held, opts.lang)}` : ''}`;
      const focusAttrs = opts.interactive ? ` tabindex="-1" role="button" aria-label="${esc(aria)}"` : '';
      return [
        `<g class="node${isFocus ? ' focus' : ''}" data-id="${esc(n.id)}" data-label="${esc(label)}" transform="translate(${p.x},${p.y})"${focusAttrs}><circle r="${r}" fill="${fill(n)}" stroke="${isFocus ? '#1b2631' : '#ffffff'}" stroke-width="${isFocus ? 3 : 1.5}"/><title>${esc(aria)}</title></g>`,
      ];
    });
  // Labels in a layer of their own above every node, so no circle hides a label placed beside it.
  const labels = [...labelled].map((id) => {
    const n = byId.get(id)!,
      p = pos.get(id)!,
      isFocus = id === opts.focus;
    return `<text data-for="${esc(id)}" x="${Math.round((p.x + gap(n)) * 10) / 10}" y="${Math.round((p.y + 4 * m) * 10) / 10}" font-family="${FONT}" font-size="${Math.ceil((isFocus ? 14 : 12) * m * 10) / 10}" font-weight="${isFocus ? 700 : 400}" fill="#1b2631" stroke="#ffffff" stroke-width="${Math.round(3 * m * 10) / 10}" paint-order="stroke">${esc(nameOf(n, opts.lang))}</text>`;
  });
  const marks = tags.map(({ id, held, p, d, label }) => {
    return `<g class="forum-mark" data-host="${esc(id)}" data-forums="${esc(held.map((f) => f.id).join(' '))}" transform="translate(${p.x},${p.y})" pointer-events="none"><polygon points="${diamond(d)}" fill="none" stroke="${FORUM_STYLE.stroke}" stroke-width="2"/><text x="${-d}" y="${-d}" text-anchor="end" font-family="${FONT}" font-size="${Math.ceil(11 * m * 10) / 10}" font-weight="700" fill="${FORUM_STYLE.text}" stroke="${FORUM_STYLE.fill}" stroke-width="5" stroke-linejoin="round" paint-order="stroke">${esc(label)}</text></g>`;
  });
  return `${opts.baseMap ? baseMapMarkup(opts.baseMap) : ''}<g class="links">${links.join('')}</g><g class="nodes">${nodes.join('')}</g><g class="labels" pointer-events="none">${labels.join('')}</g>${marks.length ? `<g class="forums">${marks.join('')}</g>` : ''}`;
}

/** The legend's forum key: a host's diamond centred at (x, y). */
export function forumKeySvg(x: number, y: number): string {
  return `<polygon points="${diamond(7)}" transform="translate(${x},${y})" fill="none" stroke="${FORUM_STYLE.stroke}" stroke-width="2"/>`;
}

/** Text width estimated from DejaVu Sans's average advance (~0.6 em; bold a little wider): the server and the
 *  browser draw the same markup, so the estimate only has to be deterministic and generous. */
export function textWidth(s: string, size: number, bold = false): number {
  return Math.ceil(s.length * size * (bold ? 0.66 : 0.6));
}

/** Which nodes get a label: the focus first, then the most connected (every node of a small view, at most
 *  LABEL_TOP of a larger one), each only where it covers no label or forum tag already placed. */
export function placeLabels(
  nodes: GraphNode[],
  pos: Map<string, Point>,
  degree: Map<string, number>,
  gap: (n: GraphNode) => number,
  opts: Pick<DrawOptions, 'lang' | 'focus' | 'labelScale'>,
  reserved: Box[] = [],
): Set<string> {
  const m = opts.labelScale ?? 1;
  const max = nodes.length <= LABEL_ALL_BELOW ? nodes.length : LABEL_TOP;
  const order = [...nodes].sort(
    (a, b) =>
      Number(b.id === opts.focus) - Number(a.id === opts.focus) ||
      (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0) ||
      (a.id < b.id ? -1 : 1),
  );
  const placed = [...reserved];
  const labelled = new Set<string>();
  for (const n of order) {
    const p = pos.get(n.id);
    if (!p || labelled.size >= max) continue;
    const focus = n.id === opts.focus,
      size = (focus ? 14 : 12) * m;
    const box = {
      x: p.x + gap(n) - 1,
      y: p.y - size * 0.75,
      w: textWidth(nameOf(n, opts.lang), size, focus) + 2,
      h: size * 1.1,
    };
    // Never over another label or a tag, nor cut by the picture's right edge (fewer labels, not cut ones).
    if (box.x + box.w > BOX.width || firstFree([box], placed) < 0) continue;
    placed.push(box);
    labelled.add(n.id);
  }
  return labelled;
}
