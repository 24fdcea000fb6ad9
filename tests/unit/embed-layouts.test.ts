// The embeds' layout thread (server/embed/embed-layouts.ts): the positions it sends back are the ones the shared
// layout gives on the main thread (and in the browser) — the same numbers, in the same order.
import { afterAll, expect, it } from 'vitest';
import { layoutGraph, type LayoutLink, type LayoutNode } from '../../core/embed/layout.ts';
import { EmbedLayouts } from '../../server/embed/embed-layouts.ts';

const layouts = new EmbedLayouts();
afterAll(() => layouts.close());

const nodes: LayoutNode[] = Array.from({ length: 60 }, (_, i) => ({
  id: `c${i}`,
  lat: i % 7 ? 40 + i / 10 : null,
  lon: i % 5 ? 20 + i / 5 : null,
}));
const links: LayoutLink[] = nodes.slice(1).map((n, i) => ({ source: `c${i % 9}`, target: n.id }));

it('a force layout made in the thread equals the one made here', async () => {
  const there = await layouts.positions(nodes, links, 'force');
  expect([...there]).toEqual([...layoutGraph(nodes, links, 'force')]);
});

it('a map layout is made here, the same as layoutGraph', async () => {
  expect([...(await layouts.positions(nodes, links, 'map'))]).toEqual([...layoutGraph(nodes, links, 'map')]);
});
