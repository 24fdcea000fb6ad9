// The embeds' layout thread (embed-layouts.ts runs it under piscina): the shared deterministic layout of a view's
// graph (core/embed/layout.ts). A force run of up to 400 nodes × 300 ticks was one block of 150–650 ms on the
// main thread for each embed or snapshot not yet cached — the longest tasks of a soak's first seconds, every other
// request waiting behind them (docs/operations.md). Positions come back as [id, x, y] rows (a Map does not post
// as cheaply).
import { layoutGraph, type LayoutLink, type LayoutMode, type LayoutNode } from '../../core/embed/layout.ts';

export interface LayoutJob {
  nodes: LayoutNode[];
  links: LayoutLink[];
  mode: LayoutMode;
}

export default function layout({ nodes, links, mode }: LayoutJob): [string, number, number][] {
  return [...layoutGraph(nodes, links, mode)].map(([id, p]) => [id, p.x, p.y]);
}
