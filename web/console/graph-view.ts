// The result's graph, interactive as in Neo4j Browser: a seeded layout fitted to the frame, nodes coloured and
// captioned by label, drag a node, wheel/pinch or the buttons to zoom, drag the background to pan, click a node or a
// relationship (or Enter on a focused node) to open the inspector beside it. SVG: the drawing is bounded
// (MAX_DRAWN_NODES), so one element per item stays quick, and nodes are focusable elements for the keyboard.
import { drag, select, zoom, zoomIdentity, type D3DragEvent, type D3ZoomEvent } from 'd3';
import type { CypherResult } from '../../core/schemas/cypher-console.schema.ts';
import { firstFree, type Box } from '../../core/labels/label-boxes.ts';
import { h } from '../src/views/dom.ts';
import { drawnGraph, type DrawnGraph } from './graph-data.ts';
import { fitTransform, layoutGraph, type Placed } from './graph-layout.ts';
import { arrowMarker, bends, linkElement, NODE_RADIUS, nodeElement, placeLink, svg } from './graph-svg.ts';
import { renderInspector, type Inspected } from './inspector.ts';
import type { ConsoleWords } from './words.ts';

export function renderGraph(container: HTMLElement, result: CypherResult, w: ConsoleWords): void {
  const graph = drawnGraph(result, w.lang);
  if (!graph.nodes.length) return void container.replaceChildren(h('p', { class: 'cc-note' }, w.noGraph));

  const frame = h('div', { class: 'cc-graph-frame' });
  const inspector = h(
    'aside',
    { class: 'cc-inspector', 'aria-live': 'polite' },
    h('p', { class: 'cc-note' }, w.inspectHint),
  );
  const box = h('div', { class: 'cc-graph-box' }, frame, inspector);
  container.replaceChildren(box);
  const width = Math.max(280, Math.round(frame.clientWidth || 800));
  const height = Math.round(Math.min(560, Math.max(320, width * 0.62)));
  const pos = layoutGraph(
    graph.nodes.map((n) => n.id),
    graph.links,
    width,
    height,
  );

  const summary = w.graphSummary(graph.nodes.length, graph.links.length);
  const root = svg('svg', {
    viewBox: `0 0 ${width} ${height}`,
    class: 'cc-graph',
    role: 'group',
    'aria-label': summary,
  });
  const { defs, url } = arrowMarker();
  const viewport = svg('g', { class: 'cc-viewport' });
  const relLayer = svg('g', { class: 'cc-rels' });
  const nodeLayer = svg('g', { class: 'cc-nodes' });
  viewport.append(relLayer, nodeLayer);
  root.append(defs, viewport);

  const bend = bends(graph.links);
  const relEls = new Map<string, SVGGElement>();
  const relsOf = new Map<string, string[]>();
  for (const l of graph.links) {
    const g = linkElement(l, url, graph.links.length <= 40);
    relEls.set(l.id, g);
    for (const end of new Set([l.source, l.target])) relsOf.set(end, [...(relsOf.get(end) ?? []), l.id]);
    g.addEventListener('click', () => open({ kind: 'relationship', id: l.id }));
    relLayer.append(g);
  }
  const linkById = new Map(graph.links.map((l) => [l.id, l]));
  const placeRel = (id: string) => {
    const l = linkById.get(id)!;
    placeLink(relEls.get(id)!, pos.get(l.source)!, pos.get(l.target)!, bend.get(id)!);
  };
  graph.links.forEach((l) => placeRel(l.id));

  const nodeEls = new Map<string, SVGGElement>();
  const captioned = captionsShown(graph, pos);
  for (const n of graph.nodes) {
    const g = nodeElement(n, `${n.label}: ${n.caption}`);
    if (!captioned.has(n.id)) g.classList.add('cc-no-caption');
    const p = pos.get(n.id)!;
    g.setAttribute('transform', `translate(${p.x.toFixed(1)},${p.y.toFixed(1)})`);
    g.addEventListener('click', () => open({ kind: 'node', id: n.id }));
    g.addEventListener('keydown', (e) => {
      if (e.key !== 'Enter' && e.key !== ' ') return;
      e.preventDefault();
      open({ kind: 'node', id: n.id });
    });
    select(g).call(
      drag<SVGGElement, unknown>()
        .subject(() => ({ x: p.x, y: p.y }))
        .on('drag', (e: D3DragEvent<SVGGElement, unknown, Placed>) => {
          ((p.x = e.x), (p.y = e.y));
          g.setAttribute('transform', `translate(${p.x.toFixed(1)},${p.y.toFixed(1)})`);
          for (const id of relsOf.get(n.id) ?? []) placeRel(id);
        }),
    );
    nodeEls.set(n.id, g);
    nodeLayer.append(g);
  }

  const zoomer = zoom<SVGSVGElement, unknown>()
    .scaleExtent([0.1, 8])
    .on('zoom', (e: D3ZoomEvent<SVGSVGElement, unknown>) => viewport.setAttribute('transform', e.transform.toString()));
  const zoomable = select(root).call(zoomer).on('dblclick.zoom', null);
  const fit = () => {
    const t = fitTransform(pos.values(), width, height);
    zoomer.transform(zoomable, zoomIdentity.translate(t.x, t.y).scale(t.k));
  };
  const tool = (text: string, title: string, action: () => void) =>
    h('button', { type: 'button', title, 'aria-label': title, onclick: action }, text);
  frame.append(
    root,
    h(
      'div',
      { class: 'cc-graph-tools' },
      tool('+', w.zoomIn, () => zoomer.scaleBy(zoomable, 1.4)),
      tool('−', w.zoomOut, () => zoomer.scaleBy(zoomable, 1 / 1.4)),
      tool('⤢', w.fit, fit),
    ),
  );
  if (graph.total.nodes > graph.nodes.length)
    frame.append(h('p', { class: 'cc-note cc-drawn' }, w.drawnOf(graph.nodes.length, graph.total.nodes)));
  frame.append(legend(graph, w), h('p', { class: 'cc-note cc-graph-help' }, w.graphHelp));
  fit();

  let current: Inspected | undefined;
  function open(target: Inspected) {
    for (const el of [...nodeEls.values(), ...relEls.values()]) el.classList.remove('cc-selected');
    (target.kind === 'node' ? nodeEls : relEls).get(target.id)?.classList.add('cc-selected');
    current = target;
    inspector.replaceChildren(...renderInspector(target, { graph, w, lang: w.lang, open, close }));
    inspector.dataset['inspects'] = `${target.kind}:${target.id}`;
  }
  function close() {
    const back = current?.kind === 'node' ? nodeEls.get(current.id) : undefined;
    for (const el of [...nodeEls.values(), ...relEls.values()]) el.classList.remove('cc-selected');
    current = undefined;
    delete inspector.dataset['inspects'];
    inspector.replaceChildren(h('p', { class: 'cc-note' }, w.inspectHint));
    back?.focus();
  }
  box.addEventListener('keydown', (e) => e.key === 'Escape' && current && close());
}

/** Which nodes show their caption: the most connected first, each where it covers no caption already shown
 *  (core/labels); a node without one keeps its name in its tooltip, its accessible name and the inspector. */
function captionsShown(graph: DrawnGraph, pos: Map<string, Placed>): Set<string> {
  const degree = new Map<string, number>();
  for (const l of graph.links) for (const end of [l.source, l.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
  const order = graph.nodes
    .map((n, i) => ({ n, i }))
    .sort((a, b) => (degree.get(b.n.id) ?? 0) - (degree.get(a.n.id) ?? 0) || a.i - b.i);
  const taken: Box[] = [];
  const shown = new Set<string>();
  for (const { n } of order) {
    const p = pos.get(n.id)!;
    const box = { x: p.x + NODE_RADIUS + 2, y: p.y - 8, w: n.caption.length * 6.9 + 2, h: 15 };
    if (firstFree([box], taken) < 0) continue;
    taken.push(box);
    shown.add(n.id);
  }
  return shown;
}

function legend(graph: DrawnGraph, w: ConsoleWords): HTMLElement {
  return h(
    'p',
    { class: 'cc-legend' },
    h('span', { class: 'cc-muted' }, `${w.labels}:`),
    graph.legend.map((l) => {
      const swatch = h('span', { class: 'cc-swatch', 'data-label': l.label }, `${l.label} ${l.count}`);
      swatch.style.setProperty('--swatch', l.colour);
      return swatch;
    }),
  );
}
