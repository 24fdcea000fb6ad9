// The result's graph as SVG with a seeded d3-force layout computed before the first frame (deterministic).
// A stand-in until the explorer's renderer replaces it; fine for the few hundred nodes a console answer holds.
import { forceCenter, forceLink, forceManyBody, forceSimulation, type SimulationNodeDatum } from 'd3-force';
import type { CypherResult } from '../../core/schemas/cypher-console.schema.ts';

const svgNs = 'http://www.w3.org/2000/svg';
const maxNodes = 1_000;
const palette = [
  '#4e79a7',
  '#f28e2b',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc948',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
  '#bab0ac',
];

interface LayoutNode extends SimulationNodeDatum {
  id: string;
  label: string;
  group: string;
}

function el<K extends keyof SVGElementTagNameMap>(
  name: K,
  attrs: Record<string, string | number>,
): SVGElementTagNameMap[K] {
  const e = document.createElementNS(svgNs, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  return e;
}

export function renderGraph(container: HTMLElement, { graph }: CypherResult): void {
  if (!graph.nodes.length) {
    container.replaceChildren(
      Object.assign(document.createElement('p'), {
        className: 'cc-note',
        textContent: 'No nodes or relationships in this result: return nodes, relationships or paths to see a graph.',
      }),
    );
    return;
  }
  const groups = new Map<string, string>();
  // Copies: d3-force writes x/vx onto nodes and swaps link ends for node objects.
  const nodes: LayoutNode[] = graph.nodes.slice(0, maxNodes).map((n) => {
    const group = n.labels[0] ?? '';
    if (!groups.has(group)) groups.set(group, palette[groups.size % palette.length]!);
    const p = n.properties;
    return { id: n.id, group, label: String(p['nameEn'] ?? p['nameRu'] ?? p['editionRoman'] ?? p['id'] ?? group) };
  });
  const ids = new Set(nodes.map((n) => n.id));
  const links = graph.links
    .filter((l) => ids.has(l.start) && ids.has(l.end))
    .map((l) => ({ source: l.start, target: l.end, type: l.type }));
  const width = 800,
    height = 480;
  forceSimulation(nodes)
    .force(
      'link',
      forceLink<LayoutNode, (typeof links)[number]>(links)
        .id((d) => d.id)
        .distance(70),
    )
    .force('charge', forceManyBody().strength(-220))
    .force('center', forceCenter(width / 2, height / 2))
    .stop()
    .tick(300);
  const svg = el('svg', {
    viewBox: `0 0 ${width} ${height}`,
    class: 'cc-graph',
    role: 'img',
    'aria-label': `Graph of ${nodes.length} nodes and ${links.length} relationships`,
  });
  const edges = el('g', { stroke: '#999', 'stroke-width': 1.2 });
  for (const l of links) {
    const s = l.source as unknown as LayoutNode,
      t = l.target as unknown as LayoutNode;
    const line = el('line', { x1: s.x!.toFixed(1), y1: s.y!.toFixed(1), x2: t.x!.toFixed(1), y2: t.y!.toFixed(1) });
    line.append(Object.assign(el('title', {}), { textContent: l.type }));
    edges.append(line);
  }
  const dots = el('g', {});
  for (const n of nodes) {
    const g = el('g', { transform: `translate(${n.x!.toFixed(1)},${n.y!.toFixed(1)})`, class: 'cc-node' });
    g.append(el('circle', { r: 9, fill: groups.get(n.group)!, stroke: '#fff', 'stroke-width': 1.5 }));
    g.append(Object.assign(el('text', { x: 11, y: 4 }), { textContent: n.label }));
    g.append(Object.assign(el('title', {}), { textContent: `:${n.group} ${n.label}` }));
    dots.append(g);
  }
  svg.append(edges, dots);
  const legend = document.createElement('p');
  legend.className = 'cc-legend';
  for (const [group, colour] of groups) {
    const swatch = Object.assign(document.createElement('span'), { className: 'cc-swatch', textContent: group });
    swatch.style.setProperty('--swatch', colour);
    legend.append(swatch);
  }
  container.replaceChildren(svg, legend);
}
