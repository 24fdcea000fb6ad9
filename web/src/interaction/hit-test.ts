// Quadtree hit-testing: which shown node is under a screen point (within its drawn radius plus a touch margin).
import { quadtree, type Quadtree } from 'd3';
import type { Scene } from '../render/scene.ts';
import { sizeScale } from '../render/draw.ts';
import type { ViewTransform } from '../render/draw.ts';

export class HitTester {
  private tree: Quadtree<number> | null = null;
  private maxRadius = 0;

  constructor(
    private scene: Scene | null = null,
    private xy: Float32Array | null = null,
  ) {}

  update(scene: Scene, xy: Float32Array): void {
    this.scene = scene;
    this.xy = xy;
    this.tree = null;
  }

  /** Index of the node at screen point (sx, sy), or undefined. `margin` widens the target (touch). */
  find(sx: number, sy: number, t: ViewTransform, margin = 4): number | undefined {
    const { scene, xy } = this;
    if (!scene || !xy) return undefined;
    if (!this.tree) {
      const nodes: number[] = [];
      this.maxRadius = 0;
      for (const b of scene.nodeBatches)
        for (const i of b.nodes)
          if (!Number.isNaN(xy[2 * i]!)) (nodes.push(i), (this.maxRadius = Math.max(this.maxRadius, scene.radius[i]!)));
      this.tree = quadtree<number>()
        .x((i) => xy[2 * i]!)
        .y((i) => xy[2 * i + 1]!)
        .addAll(nodes);
    }
    const f = sizeScale(t.k);
    const wx = (sx - t.x) / t.k;
    const wy = (sy - t.y) / t.k;
    let best: number | undefined;
    let bestD = Infinity;
    const reach = (this.maxRadius * f + margin) / t.k;
    this.tree.visit((node, x0, y0, x1, y1) => {
      if (!node.length) {
        for (let q: typeof node | undefined = node; q; q = (q as { next?: typeof node }).next) {
          const i = (q as { data: number }).data;
          const d = Math.hypot(xy[2 * i]! - wx, xy[2 * i + 1]! - wy) * t.k;
          if (d <= scene.radius[i]! * f + margin && d < bestD) ((best = i), (bestD = d));
        }
      }
      return x0 > wx + reach || x1 < wx - reach || y0 > wy + reach || y1 < wy - reach;
    });
    return best;
  }
}

/** The shown tie nearest to screen point (sx, sy) within `margin` pixels of its straight line, or undefined.
 *  A scan over the shown ties, once per click (not per frame): ~1 ms for 26k ties. */
export function linkAt(
  scene: Scene,
  xy: Float32Array,
  t: ViewTransform,
  sx: number,
  sy: number,
  margin = 5,
): number | undefined {
  const wx = (sx - t.x) / t.k,
    wy = (sy - t.y) / t.k,
    reach = margin / t.k;
  let best: number | undefined;
  let bestD = reach;
  for (const batch of scene.linkBatches) {
    if (batch.style === 'faded') continue;
    for (const l of batch.links) {
      const a = scene.linkEnds[2 * l]!,
        b = scene.linkEnds[2 * l + 1]!;
      const x1 = xy[2 * a]!,
        y1 = xy[2 * a + 1]!,
        dx = xy[2 * b]! - x1,
        dy = xy[2 * b + 1]! - y1;
      const len2 = dx * dx + dy * dy;
      if (!(len2 > 0)) continue; // NaN (off the map) or a zero-length tie
      const u = Math.max(0, Math.min(1, ((wx - x1) * dx + (wy - y1) * dy) / len2));
      const d = Math.hypot(x1 + u * dx - wx, y1 + u * dy - wy);
      if (d < bestD) ((bestD = d), (best = l));
    }
  }
  return best;
}
