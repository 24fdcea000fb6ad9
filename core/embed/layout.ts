// The deterministic layout shared by the live embed (browser) and the snapshots (server): the same graph gives
// the same positions on both, in a fixed virtual box that the SVG viewBox scales. A force layout is a seeded
// d3-force run for a fixed number of ticks from positions derived from sorted ids; a map layout projects
// coordinates (Web Mercator), so it needs no simulation at all.
import {
  forceCenter,
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationNodeDatum,
} from 'd3-force';

export const BOX = { width: 800, height: 500, pad: 40 } as const;
export const FORCE_TICKS = 300;
/** Above this many nodes a force run costs too much for a first render: the map layout is used instead. */
export const FORCE_MAX_NODES = 400;

export interface LayoutNode {
  id: string;
  lat: number | null;
  lon: number | null;
}
export interface LayoutLink {
  source: string;
  target: string;
}
export interface Point {
  x: number;
  y: number;
}
export type LayoutMode = 'force' | 'map';

/** Positions by node id, rounded to 0.1 so both engines write the same numbers. */
export function layoutGraph(
  nodes: readonly LayoutNode[],
  links: readonly LayoutLink[],
  mode: LayoutMode,
): Map<string, Point> {
  const sorted = sortedById(nodes);
  // Force units are pixels already (at most 3× enlarged); map units are degrees, scaled to fill the box.
  if (isMapLayout(nodes, mode)) {
    const raw = mapPositions(sorted);
    return applyFit(raw, fitOf(raw, Infinity));
  }
  const raw = forcePositions(sorted, links);
  return applyFit(raw, fitOf(raw, 3));
}

/** Whether layoutGraph places these nodes by their coordinates (asked for, or too many for a force run). */
export const isMapLayout = (nodes: readonly LayoutNode[], mode: LayoutMode): boolean =>
  mode === 'map' || nodes.length > FORCE_MAX_NODES;

/** How raw positions were fitted into BOX: box = centre + (raw − c) × scale. */
export interface BoxFit {
  scale: number;
  cx: number;
  cy: number;
}

/** The fit of a map layout: with it, the base map is drawn in the same units as the places (Web Mercator in
 *  degrees — x = longitude, y = −(180/π)·ln tan(π/4 + latitude/2) — then this fit). Null: nothing placed. */
export function mapFit(nodes: readonly LayoutNode[]): BoxFit | null {
  return fitOf(mapPositions(sortedById(nodes)), Infinity);
}

const sortedById = (nodes: readonly LayoutNode[]) =>
  [...nodes].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/** A linear congruential generator (the one d3 uses in its tests): the simulation's only randomness. */
function lcg(seed = 1): () => number {
  let s = seed;
  return () => (s = (1664525 * s + 1013904223) % 4294967296) / 4294967296;
}

interface SimNode extends SimulationNodeDatum {
  id: string;
}

function forcePositions(nodes: readonly LayoutNode[], links: readonly LayoutLink[]): Map<string, Point> {
  // Copies: d3-force writes x, vx… onto nodes and swaps link ends for node objects.
  const sim: SimNode[] = nodes.map((n) => ({ id: n.id }));
  const known = new Set(sim.map((n) => n.id));
  const simLinks = links
    .filter((l) => known.has(l.source) && known.has(l.target))
    .map((l) => ({ source: l.source, target: l.target }))
    .sort((a, b) => (a.source + ' ' + a.target < b.source + ' ' + b.target ? -1 : 1));
  const simulation = forceSimulation(sim)
    .randomSource(lcg(42))
    .force(
      'link',
      forceLink<SimNode, { source: string; target: string }>(simLinks)
        .id((d) => d.id)
        .distance(60),
    )
    .force('charge', forceManyBody().strength(-220))
    .force('collide', forceCollide(14))
    .force('center', forceCenter(0, 0))
    // A weak pull to the middle keeps separate components (Podolsk–Borisov) from drifting off.
    .force('x', forceX(0).strength(0.06))
    .force('y', forceY(0).strength(0.06))
    .stop();
  simulation.tick(FORCE_TICKS);
  return new Map(sim.map((n) => [n.id, { x: n.x ?? 0, y: n.y ?? 0 }]));
}

/** Web Mercator; places without coordinates go on a row below the map (never a guessed location). */
function mapPositions(nodes: readonly LayoutNode[]): Map<string, Point> {
  const out = new Map<string, Point>();
  const unplaced: string[] = [];
  for (const n of nodes) {
    if (n.lat === null || n.lon === null) {
      unplaced.push(n.id);
      continue;
    }
    const lat = Math.max(-85, Math.min(85, n.lat));
    out.set(n.id, { x: n.lon, y: -(180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) });
  }
  if (unplaced.length > 0) {
    const ys = [...out.values()].map((p) => p.y);
    const xs = [...out.values()].map((p) => p.x);
    const bottom = ys.length ? Math.max(...ys) + 2 : 0;
    const left = xs.length ? Math.min(...xs) : 0;
    const step = xs.length ? Math.max(1, (Math.max(...xs) - left) / Math.max(1, unplaced.length)) : 1;
    unplaced.forEach((id, i) => out.set(id, { x: left + i * step, y: bottom }));
  }
  return out;
}

/** The scale (at most `maxScale`) and centre that fit positions into BOX keeping the aspect ratio. */
function fitOf(raw: Map<string, Point>, maxScale: number): BoxFit | null {
  const pts = [...raw.values()];
  if (pts.length === 0) return null;
  const minX = Math.min(...pts.map((p) => p.x)),
    maxX = Math.max(...pts.map((p) => p.x));
  const minY = Math.min(...pts.map((p) => p.y)),
    maxY = Math.max(...pts.map((p) => p.y));
  const w = BOX.width - 2 * BOX.pad,
    h = BOX.height - 2 * BOX.pad;
  const scale = Math.min(w / Math.max(maxX - minX, 1e-9), h / Math.max(maxY - minY, 1e-9), maxScale);
  return { scale, cx: (minX + maxX) / 2, cy: (minY + maxY) / 2 };
}

/** Positions in BOX, rounded to 0.1 so both engines write the same numbers. */
function applyFit(raw: Map<string, Point>, fit: BoxFit | null): Map<string, Point> {
  if (!fit) return new Map();
  const { scale, cx, cy } = fit;
  const round = (v: number) => Math.round(v * 10) / 10;
  return new Map(
    [...raw].map(([id, p]) => [
      id,
      { x: round(BOX.width / 2 + (p.x - cx) * scale), y: round(BOX.height / 2 + (p.y - cy) * scale) },
    ]),
  );
}
