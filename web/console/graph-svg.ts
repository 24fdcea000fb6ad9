// The SVG pieces of the console's graph: a node (circle and caption), a relationship (a path with an arrow and its
// type, curved apart from its parallels, a loop when it starts and ends at one node) and the arrow marker.
import type { DrawnGraph, DrawnLink, DrawnNode } from './graph-data.ts';

const svgNs = 'http://www.w3.org/2000/svg';
export const NODE_RADIUS = 11;

export function svg<K extends keyof SVGElementTagNameMap>(
  name: K,
  attrs: Record<string, string | number> = {},
  text?: string,
): SVGElementTagNameMap[K] {
  const e = document.createElementNS(svgNs, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

let markers = 0;
/** An arrow-head marker (its id is unique on the page: the explorer may hold a console next to other SVG). */
export function arrowMarker(): { defs: SVGDefsElement; url: string } {
  const id = `cc-arrow-${++markers}`;
  const marker = svg('marker', {
    id,
    viewBox: '0 0 10 10',
    refX: 10,
    refY: 5,
    markerWidth: 7,
    markerHeight: 7,
    orient: 'auto-start-reverse',
  });
  marker.append(svg('path', { d: 'M0,0 L10,5 L0,10 z', class: 'cc-arrow' }));
  const defs = svg('defs');
  defs.append(marker);
  return { defs, url: `url(#${id})` };
}

export function nodeElement(n: DrawnNode, ariaLabel: string): SVGGElement {
  const g = svg('g', { class: 'cc-node', tabindex: 0, role: 'button', 'aria-label': ariaLabel, 'data-id': n.id });
  const circle = svg('circle', { r: NODE_RADIUS });
  circle.style.setProperty('fill', n.colour);
  g.append(circle, svg('text', { x: NODE_RADIUS + 3, y: 4 }, n.caption), svg('title', {}, ariaLabel));
  return g;
}

export function linkElement(l: DrawnLink, arrow: string, withType: boolean): SVGGElement {
  const g = svg('g', { class: 'cc-rel', 'data-id': l.id });
  g.append(
    svg('path', { class: 'cc-rel-hit' }),
    svg('path', { class: 'cc-rel-line', 'marker-end': arrow }),
    svg('title', {}, `[:${l.type}]`),
  );
  if (withType) g.append(svg('text', { class: 'cc-rel-type', 'text-anchor': 'middle' }, l.type));
  return g;
}

/** How far each relationship bends: 0 for a lone one, spread apart for several between the same two nodes. */
export function bends(links: DrawnGraph['links']): Map<string, number> {
  const groups = new Map<string, DrawnLink[]>();
  for (const l of links) {
    const key = l.source < l.target ? `${l.source}|${l.target}` : `${l.target}|${l.source}`;
    groups.set(key, [...(groups.get(key) ?? []), l]);
  }
  const bend = new Map<string, number>();
  for (const list of groups.values())
    list.forEach((l, i) => {
      const offset = (i - (list.length - 1) / 2) * 26;
      // The same side for both directions: the offset is taken along the pair's lower→higher normal.
      bend.set(l.id, l.source < l.target ? offset : -offset);
    });
  return bend;
}

type Point = { x: number; y: number };

/** Puts a relationship's path (and its type) between its ends, stopping at the nodes' rims. */
export function placeLink(g: SVGGElement, s: Point, t: Point, bend: number): void {
  let d: string,
    mx: number,
    my: number,
    angle = 0;
  if (s === t) {
    const r = NODE_RADIUS;
    d = `M${s.x - 4},${s.y - r} C${s.x - 30},${s.y - 55} ${s.x + 30},${s.y - 55} ${s.x + 4},${s.y - r}`;
    ((mx = s.x), (my = s.y - 44));
  } else {
    const dx = t.x - s.x,
      dy = t.y - s.y;
    const len = Math.hypot(dx, dy) || 1;
    const nx = -dy / len,
      ny = dx / len;
    // The control point sits `bend` px off the middle; the ends are pulled in by the radius along the chord.
    const cx = (s.x + t.x) / 2 + nx * bend * 2,
      cy = (s.y + t.y) / 2 + ny * bend * 2;
    const trim = (p: Point, towards: Point) => {
      const ex = towards.x - p.x,
        ey = towards.y - p.y;
      const el = Math.hypot(ex, ey) || 1;
      return { x: p.x + (ex / el) * NODE_RADIUS, y: p.y + (ey / el) * NODE_RADIUS };
    };
    const a = trim(s, { x: cx, y: cy }),
      b = trim(t, { x: cx, y: cy });
    d = `M${a.x.toFixed(1)},${a.y.toFixed(1)} Q${cx.toFixed(1)},${cy.toFixed(1)} ${b.x.toFixed(1)},${b.y.toFixed(1)}`;
    ((mx = (s.x + t.x) / 2 + nx * bend), (my = (s.y + t.y) / 2 + ny * bend));
    // The type is written along the line, never upside down.
    angle = (Math.atan2(dy, dx) * 180) / Math.PI;
    if (angle > 90) angle -= 180;
    else if (angle < -90) angle += 180;
  }
  for (const p of g.querySelectorAll('path')) p.setAttribute('d', d);
  const text = g.querySelector('text');
  text?.setAttribute(
    'transform',
    `translate(${mx.toFixed(1)},${my.toFixed(1)}) rotate(${angle.toFixed(1)}) translate(0,-3)`,
  );
}
