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
