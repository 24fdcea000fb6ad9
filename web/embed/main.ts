// The live embed: reads the view, its data and the server's deterministic layout from the page (no request
// before the first render) and draws them with the shared SVG renderer — the same picture as the snapshot.
// Adds zoom (wheel only after a click into the embed), keyboard navigation, and reports its height to the
// host page's loader. Neither d3-force nor zod is in this bundle: the layout ran on the server.
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent } from 'd3-zoom';
import type { EmbedForum } from '../../core/schemas/embed.schema.ts';
import type { Graph } from '../../core/schemas/graph.schema.ts';
import { byHost } from '../../core/forums/forum-marks.ts';
import { WORDS } from '../../core/i18n/embed-words.ts';
import { countryName, nameOf } from '../../core/i18n/names.ts';
import { KEY_DIRECTIONS, nextInDirection } from '../../core/geometry/nearest-in-direction.ts';
import { BOX, type Point } from '../../core/embed/layout.ts';
import { esc, graphMarkup, hostedText, type BaseMap } from '../../core/embed/svg.ts';
import { snapshotPath, type EmbedView } from '../../core/embed/view.ts';
import { HEIGHT_MESSAGE } from './height-message.ts';

const readJson = (id: string): unknown => JSON.parse(document.getElementById(id)!.textContent!);
const view = readJson('pobratim-view') as EmbedView;
const stage = document.getElementById('stage')!;
const live = document.getElementById('live')!;
const w = WORDS[view.lang];

interface PageData {
  graph: Graph;
  forums?: EmbedForum[];
  /** Land and borders under a map layout, drawn on the server's side (server/embed/base-map.ts). */
  baseMap?: BaseMap | null;
  positions: Record<string, [number, number] | Point>;
}

/** Labels at least this many CSS pixels tall, however narrow the column (fewer labels then fit). */
const MIN_LABEL_PX = 11;
/** The text enlargement that keeps 12-unit labels at MIN_LABEL_PX when the box is drawn `width` pixels wide. */
const labelScaleFor = (width: number): number =>
  Math.max(1, Math.ceil((MIN_LABEL_PX / 12 / (width / BOX.width)) * 100) / 100);
const touch = matchMedia('(pointer: coarse)').matches;

function draw({ graph, forums = [], positions, baseMap }: PageData): void {
  const pos = new Map(Object.entries(positions).map(([id, p]) => [id, Array.isArray(p) ? { x: p[0], y: p[1] } : p]));
  const labelScale = labelScaleFor(stage.clientWidth || BOX.width);
  stage.innerHTML =
    `<svg class="graph" viewBox="0 0 ${BOX.width} ${BOX.height}" role="group" aria-label="${esc(w.graphLabel)}" aria-describedby="desc"><g class="viewport">${graphMarkup(graph, pos, { lang: view.lang, focus: view.focus, interactive: true, forums, colourBy: view.colour, labelScale, baseMap })}</g></svg>` +
    `<div class="controls"><button type="button" data-zoom="in" aria-label="${esc(w.zoomIn)}">+</button><button type="button" data-zoom="out" aria-label="${esc(w.zoomOut)}">−</button><button type="button" data-zoom="reset" aria-label="${esc(w.reset)}">⟲</button></div>` +
    // Below the picture, never over it; worded for the pointer the reader has.
    `<p class="hint" aria-hidden="true" data-input="${touch ? 'touch' : 'wheel'}">${esc(touch ? w.hintTouch : w.hint)}</p>`;
  setUpZoom();
  setUpKeyboard(graph, pos, forums);
}

function setUpZoom(): void {
  const svg = select(stage).select<SVGSVGElement>('svg.graph');
  const viewport = svg.select<SVGGElement>('g.viewport');
  let active = false;
  const behaviour = zoom<SVGSVGElement, unknown>()
    .scaleExtent([0.5, 8])
    // Until the reader clicks into the embed, the wheel and touches belong to the article (it keeps scrolling).
    .filter((ev: MouseEvent & TouchEvent) =>
      active ? (!ev.ctrlKey || ev.type === 'wheel') && !ev.button : ev.type === 'mousedown' && !ev.button,
    )
    .on('zoom', (ev: D3ZoomEvent<SVGSVGElement, unknown>) => void viewport.attr('transform', ev.transform.toString()));
  svg.call(behaviour);
  const activate = (on: boolean) => {
    active = on;
    stage.classList.toggle('active', on);
    svg.node()!.style.touchAction = on ? 'none' : '';
  };
  stage.addEventListener('pointerdown', () => activate(true));
  window.addEventListener('blur', () => activate(false));
  stage.querySelectorAll<HTMLButtonElement>('[data-zoom]').forEach((b) =>
    b.addEventListener('click', () => {
      const kind = b.dataset.zoom;
      if (kind === 'reset') svg.call(behaviour.transform, zoomIdentity);
      else svg.call(behaviour.scaleBy, kind === 'in' ? 1.5 : 1 / 1.5);
    }),
  );
}

function setUpKeyboard(graph: Graph, pos: Map<string, Point>, forums: EmbedForum[]): void {
  const hosted = byHost(forums);
  const nodes = new Map([...stage.querySelectorAll<SVGGElement>('g.node')].map((el) => [el.dataset.id!, el]));
  const ordered = [...nodes.keys()];
  const first = view.focus && nodes.has(view.focus) ? view.focus : ordered[0];
  if (first) nodes.get(first)!.setAttribute('tabindex', '0');
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const moveTo = (id: string | undefined) => {
    if (!id) return;
    for (const el of nodes.values()) el.setAttribute('tabindex', '-1');
    const el = nodes.get(id)!;
    el.setAttribute('tabindex', '0');
    el.focus();
  };
  const details = (id: string) => {
    const n = byId.get(id);
    if (!n) return '';
    const ties = graph.links.flatMap((l) => {
      const other = l.source === id ? l.target : l.target === id ? l.source : undefined;
      const o = other ? byId.get(other) : undefined;
      return o ? [`${nameOf(o, view.lang)} (${w.kinds[l.kind] ?? l.kind}, ${l.date ?? w.undated})`] : [];
    });
    const held = hosted.get(id);
    return `${w.tiesOf(`${nameOf(n, view.lang)}, ${countryName(n.country, view.lang)}`)} ${ties.join('; ')}${held ? `; ${w.forumsOf} ${hostedText(held, view.lang)}` : ''}`;
  };
  const select = (id: string) => {
    for (const el of nodes.values()) el.classList.toggle('selected', el.dataset.id === id);
    live.textContent = details(id);
  };
  stage.addEventListener('keydown', (ev) => {
    const current = (ev.target as Element).closest<SVGGElement>('g.node')?.dataset.id;
    if (!current) return;
    const dir = KEY_DIRECTIONS[ev.key];
    const i = ordered.indexOf(current);
    let target: string | undefined;
    if (dir)
      target =
        nextInDirection(current, dir, pos) ??
        ordered[(i + (dir === 'left' || dir === 'up' ? ordered.length - 1 : 1)) % ordered.length];
    else if (ev.key === 'Home') target = ordered[0];
    else if (ev.key === 'End') target = ordered[ordered.length - 1];
    else if (ev.key === 'Enter' || ev.key === ' ') {
      select(current);
      ev.preventDefault();
      return;
    } else return;
    ev.preventDefault();
    moveTo(target);
  });
  stage.addEventListener('click', (ev) => {
    const id = (ev.target as Element).closest<SVGGElement>('g.node')?.dataset.id;
    if (id) {
      moveTo(id);
      select(id);
    }
  });
}

/** Tells the host page's loader (embed.js) how tall the embed is; the loader checks origin and shape. */
function reportHeight(): void {
  if (window.parent === window) return;
  // The content's own height (the body's box), not the document's scroll height: that is never less than the
  // frame, so a frame once too tall could never shrink back.
  const send = () =>
    window.parent.postMessage(
      { type: HEIGHT_MESSAGE, height: Math.ceil(document.body.getBoundingClientRect().height) },
      '*',
    );
  new ResizeObserver(send).observe(document.body);
  send();
}

reportHeight();
try {
  draw(readJson('pobratim-data') as PageData);
  document.documentElement.dataset.rendered = 'true';
  performance.mark('pobratim:rendered');
} catch {
  stage.innerHTML = `<img class="snapshot" src="${esc(snapshotPath(view, 'png'))}" alt="${esc(document.getElementById('desc')?.textContent ?? '')}">`;
  document.documentElement.dataset.rendered = 'fallback';
}
