// Where the console's graph puts its nodes: a seeded d3-force layout run to rest before the first frame (the same
// result gives the same picture), and the zoom that fits it to the frame. Pure: no DOM.
import {
  forceCenter,
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  type SimulationNodeDatum,
} from 'd3-force';

export interface Placed extends SimulationNodeDatum {
  id: string;
  x: number;
  y: number;
}

export interface Transform {
  x: number;
  y: number;
  k: number;
}

/** Positions for `ids`, joined by `links` (ends by id). Copies: d3-force writes onto what it is given. */
export function layoutGraph(
  ids: readonly string[],
  links: readonly { source: string; target: string }[],
  width: number,
  height: number,
): Map<string, Placed> {
  const nodes: Placed[] = ids.map((id) => ({ id, x: Number.NaN, y: Number.NaN }));
  const simLinks = links.filter((l) => l.source !== l.target).map((l) => ({ source: l.source, target: l.target }));
  forceSimulation(nodes as SimulationNodeDatum[])
    .force(
      'link',
      forceLink<Placed, { source: string | Placed; target: string | Placed }>(simLinks)
        .id((d) => d.id)
        .distance(80),
    )
    .force('charge', forceManyBody().strength(-260))
    .force('collide', forceCollide(22))
    .force('center', forceCenter(width / 2, height / 2))
    .stop()
    .tick(nodes.length > 150 ? 150 : 300);
  return new Map(nodes.map((n) => [n.id, n]));
}

/** The zoom that shows every node (with room for captions) inside a `width` × `height` frame; never above 1.6. */
export function fitTransform(points: Iterable<{ x: number; y: number }>, width: number, height: number): Transform {
  let x0 = Infinity,
    y0 = Infinity,
    x1 = -Infinity,
    y1 = -Infinity;
  for (const p of points)
    ((x0 = Math.min(x0, p.x)), (y0 = Math.min(y0, p.y)), (x1 = Math.max(x1, p.x)), (y1 = Math.max(y1, p.y)));
  if (!Number.isFinite(x0)) return { x: 0, y: 0, k: 1 };
  // Captions sit right of a node and reach ~120 px; nodes have a radius of ~12.
  const pad = { left: 24, right: 130, top: 24, bottom: 24 };
  const k = Math.min(
    1.6,
    (width - pad.left - pad.right) / Math.max(1, x1 - x0),
    (height - pad.top - pad.bottom) / Math.max(1, y1 - y0),
  );
  const cx = (x0 + x1) / 2,
    cy = (y0 + y1) / 2;
  return {
    x: pad.left + (width - pad.left - pad.right) / 2 - cx * k,
    y: pad.top + (height - pad.top - pad.bottom) / 2 - cy * k,
    k,
  };
}
