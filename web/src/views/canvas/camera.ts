// The camera of the network canvas: the zoom transform, the viewport's size, and whether the view follows what is
// shown (fitted) or stays where the user or the URL put it. Plain numbers and arithmetic: no DOM, no d3-zoom.
import type { ViewTransform } from '../../render/draw.ts';

const FIT_PADDING = 60;

export class Camera {
  t: ViewTransform = { x: 0, y: 0, k: 1 };
  width = 0;
  height = 0;
  /** Fit to what is shown on every change, until the user (or the URL) sets a zoom. */
  autoFit = true;

  /** The transform that fits the given nodes' positions into the viewport (NaN positions are skipped). */
  fitTransform(xy: Float32Array, nodes: Iterable<number>): ViewTransform {
    let x0 = Infinity,
      y0 = Infinity,
      x1 = -Infinity,
      y1 = -Infinity;
    for (const i of nodes) {
      const x = xy[2 * i]!,
        y = xy[2 * i + 1]!;
      if (Number.isNaN(x)) continue;
      ((x0 = Math.min(x0, x)), (y0 = Math.min(y0, y)), (x1 = Math.max(x1, x)), (y1 = Math.max(y1, y)));
    }
    if (!Number.isFinite(x0)) return { x: 0, y: 0, k: 1 };
    const pad = FIT_PADDING;
    const k = Math.min(
      8,
      Math.max(
        0.2,
        Math.min((this.width - 2 * pad) / Math.max(x1 - x0, 1), (this.height - 2 * pad) / Math.max(y1 - y0, 1)),
      ),
    );
    return { x: this.width / 2 - ((x0 + x1) / 2) * k, y: this.height / 2 - ((y0 + y1) / 2) * k, k };
  }

  /** The transform that puts world point (x, y) in the middle, keeping the zoom or raising it to `minK`. */
  centredOn(x: number, y: number, minK = 0): ViewTransform {
    const k = Math.max(this.t.k, minK);
    return { x: this.width / 2 - x * k, y: this.height / 2 - y * k, k };
  }

  /** Whether `t` is, to the pixel, the transform already shown (a URL round trip must not move the view). */
  shows(t: ViewTransform): boolean {
    return Math.abs(t.x - this.t.x) < 0.5 && Math.abs(t.y - this.t.y) < 0.5 && Math.abs(t.k - this.t.k) < 1e-3;
  }

  screenOf(x: number, y: number): [number, number] {
    return [x * this.t.k + this.t.x, y * this.t.k + this.t.y];
  }

  worldOf(sx: number, sy: number): [number, number] {
    return [(sx - this.t.x) / this.t.k, (sy - this.t.y) / this.t.k];
  }
}
