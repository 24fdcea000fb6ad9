// The embed's labels (core/embed/svg.ts): the focus first, then the most connected, none covering another label
// or a forum tag, in a layer above every node — the same markup on the server and in the browser.
import { describe, expect, it } from 'vitest';
import type { Graph, GraphNode } from '../../core/schemas/graph.schema.ts';
import { layoutGraph } from '../../core/embed/layout.ts';
import { graphMarkup, placeLabels, textWidth } from '../../core/embed/svg.ts';
import { syntheticGraph } from '../fixtures/synthetic-graph.ts';

const graph = syntheticGraph(250, 240, 3) as Graph;
const pos = layoutGraph(graph.nodes, graph.links, 'force');
const degree = new Map<string, number>();
for (const l of graph.links) for (const id of [l.source, l.target]) degree.set(id, (degree.get(id) ?? 0) + 1);
const gap = () => 9;
const boxOf = (n: GraphNode, size = 12) => ({
  x: pos.get(n.id)!.x + 8,
  y: pos.get(n.id)!.y - size * 0.75,
  w: textWidth(n.nameEn!, size) + 2,
  h: size * 1.1,
});

describe('embed labels', () => {
  it('never cover each other, and come in order of importance', () => {
    const focus = graph.nodes[7]!.id;
    const labelled = [...placeLabels(graph.nodes, pos, degree, gap, { lang: 'en', focus })];
    expect(labelled[0]).toBe(focus);
    expect(labelled.length).toBeGreaterThan(5);
    expect(labelled.length).toBeLessThanOrEqual(31);
    const boxes = labelled.map((id) =>
      boxOf(
        graph.nodes.find((n) => n.id === id)!,
        id === focus ? 14 : 12,
      ),
    );
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1))
        expect(a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h).toBe(false);
  });

  it('leave room for forum tags', () => {
    const n = graph.nodes[0]!;
    const open = placeLabels([n], pos, degree, gap, { lang: 'en' });
    const covered = placeLabels([n], pos, degree, gap, { lang: 'en' }, [boxOf(n)]);
    expect([open.size, covered.size]).toEqual([1, 0]);
  });

  it('are drawn in their own layer above the nodes', () => {
    const small: Graph = { ...graph, nodes: graph.nodes.slice(0, 3), links: [] };
    const svg = graphMarkup(
      small,
      new Map([
        [small.nodes[0]!.id, { x: 0, y: 0 }],
        [small.nodes[1]!.id, { x: 0, y: 200 }],
        [small.nodes[2]!.id, { x: 0, y: 400 }],
      ]),
      { lang: 'en', interactive: false },
    );
    expect(svg.indexOf('<g class="labels"')).toBeGreaterThan(svg.indexOf('<g class="nodes">'));
    expect([...svg.matchAll(/<text data-for="([^"]+)"/g)].map((m) => m[1]).sort()).toEqual(
      small.nodes.map((n) => n.id).sort(),
    );
  });
});
