// The country view's chord diagram (d3-chord, d3-shape): an arc per country group in its colour (the explorer's
// and the legend's, core/style/country-colours.ts), a ribbon per pair of groups as wide as their ties. Every arc
// and ribbon says its count on hover and on keyboard focus (a <title> and a visible tip), and opens on click or
// Enter. The svg is a group of buttons, not role=img (which would hide them from assistive technology); its text
// alternative is the description beside it and the table of pairs below.
import { arc, chord, descending, ribbon, type Chord, type ChordGroup as ArcDatum } from 'd3';
import { countryName } from '../../../core/i18n/names.ts';
import { countryColour } from '../../../core/style/country-colours.ts';
import type { Lang } from '../../../core/view/view-state.ts';
import { cw, formatCount, tiesText } from '../i18n/country-strings.ts';
import { OTHER, type ChordGroup, type CountryChord } from '../model/country-chord.ts';
import { h } from './dom.ts';

const SIZE = 720; // room outside the ring for labels as long as «Соединенные Штаты»
const OUTER = 188;
const INNER = 172;
const SVG = 'http://www.w3.org/2000/svg';
/** The "other countries" group: a neutral slate, not the grey that means "no country". */
export const OTHER_COLOUR = '#6f8196';

export interface ChordEvents {
  pair(i: number, j: number): void;
  country(i: number): void;
}

export interface ChordMark {
  pair?: readonly [number, number];
  group?: number;
}

export const groupColour = (g: ChordGroup) =>
  g.key === OTHER ? OTHER_COLOUR : countryColour(g.key === '?' ? null : g.key);

export function groupName(g: ChordGroup, lang: Lang): string {
  if (g.key === OTHER) return `${cw(lang, 'other')} (${g.countries.length})`;
  return countryName(g.key === '?' ? null : g.key, lang);
}

/** "Россия – Беларусь", "Россия (внутри страны)". */
export function pairName(x: ChordGroup, y: ChordGroup, lang: Lang): string {
  if (x !== y) return `${groupName(x, lang)} – ${groupName(y, lang)}`;
  const inside = x.key === OTHER ? ['между собой', 'among themselves'] : ['внутри страны', 'inside the country'];
  return `${groupName(x, lang)} (${inside[lang === 'ru' ? 0 : 1]})`;
}

/** A pair's key, the same in the chord, the table and the tests: the two keys in order, `-` between. */
export const pairKey = (x: string, y: string) => (x <= y ? `${x}-${y}` : `${y}-${x}`);

function svgEl(tag: string, attrs: Record<string, string | number>): SVGElement {
  const el = document.createElementNS(SVG, tag) as SVGElement;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
}

export function renderCountryChord(
  model: CountryChord,
  lang: Lang,
  on: ChordEvents,
  mark: ChordMark = {},
): HTMLElement {
  const layout = chord().padAngle(0.025).sortSubgroups(descending)(model.matrix);
  const arcPath = arc<ArcDatum>().innerRadius(INNER).outerRadius(OUTER);
  const ribbonPath = ribbon<Chord, unknown>().radius(INNER - 1);
  const tip = h('div', { class: 'chord-tip', hidden: true, 'aria-hidden': 'true' });
  const svg = svgEl('svg', {
    viewBox: `${-SIZE / 2} ${-SIZE / 2} ${SIZE} ${SIZE}`,
    class: 'chord-svg',
    role: 'group',
    'aria-label': cw(lang, 'chordLabel'),
    'aria-describedby': 'chord-description',
  });
  const figure = h('figure', { class: 'country-chord' }, tip);
  const show = (el: SVGElement, text: string, at?: { x: number; y: number }) => {
    const box = figure.getBoundingClientRect();
    const r = el.getBoundingClientRect();
    const x = (at?.x ?? r.left + r.width / 2) - box.left;
    const y = (at?.y ?? r.top + r.height / 2) - box.top;
    tip.textContent = text;
    tip.hidden = false;
    tip.style.left = `${Math.max(0, Math.min(x + 12, box.width - tip.offsetWidth - 4))}px`;
    tip.style.top = `${Math.max(0, y + 12)}px`;
  };
  const hide = () => {
    tip.hidden = true;
    figure.classList.remove('hovering');
    for (const el of svg.querySelectorAll('.hot')) el.classList.remove('hot');
  };
  const hot = (els: Iterable<Element>) => {
    figure.classList.add('hovering');
    for (const el of els) el.classList.add('hot');
  };
  const interactive = (el: SVGElement, text: string, heat: () => Iterable<Element>, open: () => void) => {
    el.setAttribute('tabindex', '0');
    el.setAttribute('role', 'button');
    el.setAttribute('aria-label', text);
    el.append(Object.assign(svgEl('title', {}), { textContent: text }));
    el.addEventListener('pointermove', (e) => (hot(heat()), show(el, text, { x: e.clientX, y: e.clientY })));
    el.addEventListener('pointerleave', hide);
    el.addEventListener('focus', () => (hot(heat()), show(el, text)));
    el.addEventListener('blur', hide);
    el.addEventListener('click', open);
    el.addEventListener('keydown', (e) => {
      if (e.key !== 'Enter' && e.key !== ' ') return;
      e.preventDefault();
      open();
    });
  };

  const ribbons = svgEl('g', { class: 'chord-ribbons' });
  for (const c of layout) {
    const [i, j] = [c.source.index, c.target.index];
    const [x, y] = [model.groups[i]!, model.groups[j]!];
    const owner = y.ties > x.ties ? y : x;
    const path = svgEl('path', {
      d: ribbonPath(c) as unknown as string,
      class: 'chord-ribbon',
      fill: groupColour(owner),
      'data-pair': pairKey(x.key, y.key),
      'data-ties': model.matrix[i]![j]!,
      'data-i': i,
      'data-j': j,
    });
    const text = `${pairName(x, y, lang)}: ${tiesText(model.matrix[i]![j]!, lang)}`;
    interactive(
      path,
      text,
      () => [path, ...arcsOf(svg, [i, j])],
      () => on.pair(i, j),
    );
    ribbons.append(path);
  }
  const arcs = svgEl('g', { class: 'chord-arcs' });
  for (const g of layout.groups) {
    const group = model.groups[g.index]!;
    const path = svgEl('path', {
      d: arcPath(g)!,
      class: 'chord-arc',
      fill: groupColour(group),
      'data-country': group.key,
      'data-index': g.index,
    });
    const text = `${groupName(group, lang)}: ${tiesText(group.ties, lang)}`;
    const touching = () =>
      [path, ...svg.querySelectorAll(`.chord-ribbon[data-pair]`)].filter((el) => touches(el, group.key));
    interactive(path, text, touching, () => on.country(g.index));
    arcs.append(path);
    if (g.endAngle - g.startAngle > 0.045) arcs.append(label(g, groupName(group, lang)));
  }
  svg.append(ribbons, arcs);
  markChord(svg, mark);
  figure.append(
    svg,
    h('p', { class: 'sr-only', id: 'chord-description' }, description(model, lang)),
    h('figcaption', { class: 'muted' }, cw(lang, 'hint')),
  );
  return figure;
}

/** Marks the picked ribbon or arc in place (a redraw would take the keyboard focus away from it). */
export function markChord(root: Element, mark: ChordMark): void {
  for (const el of root.querySelectorAll('.chord-svg .selected, .chord-svg.selected')) el.classList.remove('selected');
  const picked =
    mark.group !== undefined
      ? root.querySelector(`.chord-arc[data-index="${mark.group}"]`)
      : mark.pair
        ? root.querySelector(
            `.chord-ribbon[data-i="${mark.pair[0]}"][data-j="${mark.pair[1]}"], .chord-ribbon[data-i="${mark.pair[1]}"][data-j="${mark.pair[0]}"]`,
          )
        : null;
  picked?.classList.add('selected');
}

const touches = (el: Element, key: string) => {
  if (el.classList.contains('chord-arc')) return true;
  const [x, y] = (el.getAttribute('data-pair') ?? '').split('-');
  return x === key || y === key;
};

const arcsOf = (svg: SVGElement, indices: number[]) =>
  indices.map((i) => svg.querySelector(`.chord-arc[data-index="${i}"]`)).filter((el): el is Element => !!el);

function label(g: ArcDatum, text: string): SVGElement {
  const angle = (g.startAngle + g.endAngle) / 2;
  const flip = angle > Math.PI;
  const t = svgEl('text', {
    class: 'chord-label',
    transform: `rotate(${(angle * 180) / Math.PI - 90}) translate(${OUTER + 8}) ${flip ? 'rotate(180)' : ''}`,
    'text-anchor': flip ? 'end' : 'start',
    dy: '0.35em',
    'aria-hidden': 'true',
  });
  t.textContent = text;
  return t;
}

function description(model: CountryChord, lang: Lang): string {
  const other = model.groups.find((g) => g.key === OTHER);
  const shown = model.groups.length - (other ? 1 : 0);
  const cells: Array<[number, number, number]> = [];
  model.matrix.forEach((row, i) => row.forEach((v, j) => j >= i && v > 0 && cells.push([i, j, v])));
  const top = cells
    .sort((x, y) => y[2] - x[2])
    .slice(0, 3)
    .map(([i, j, v]) => `${pairName(model.groups[i]!, model.groups[j]!, lang)} (${formatCount(v, lang)})`)
    .join(', ');
  return cw(lang, 'chordSummary', {
    n: shown,
    other: other ? cw(lang, 'otherNote', { k: other.countries.length }) : '',
    ties: tiesText(model.ties, lang),
    top: top || '—',
  });
}
