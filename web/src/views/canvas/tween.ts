// The animated move between two sets of positions (a layout switch, a shown part returning to the whole graph's
// layout): interpolation of positions and of the zoom, and a frame loop that eases through them.
import { easeCubicInOut } from 'd3';
import type { ViewTransform } from '../../render/draw.ts';

export const TWEEN_MS = 800;

/** Positions at `u` ∈ [0, 1] between two layouts; a node missing at one end (NaN) appears/disappears at an end. */
export function lerpPositions(from: Float32Array, to: Float32Array, u: number): Float32Array {
  const cur = new Float32Array(from.length);
  for (let p = 0; p < from.length; p++) {
    const a = from[p]!;
    const b = to[p]!;
    cur[p] = Number.isNaN(b) ? (u < 1 ? a : b) : Number.isNaN(a) ? b : a + (b - a) * u;
  }
  return cur;
}

/** The zoom at `u`: translation linear, scale geometric (a zoom feels even at every step). */
export function lerpTransform(t0: ViewTransform, t1: ViewTransform, u: number): ViewTransform {
  return { x: t0.x + (t1.x - t0.x) * u, y: t0.y + (t1.y - t0.y) * u, k: t0.k * Math.pow(t1.k / t0.k, u) };
}

/** Calls `frame(u)` on each animation frame with an eased u from 0 to 1, then `done()`. */
export function tween(frame: (u: number) => void, done: () => void, duration = TWEEN_MS): void {
  const start = performance.now();
  const step = (now: number) => {
    const u = easeCubicInOut(Math.min(1, (now - start) / duration));
    frame(u);
    if (u < 1) requestAnimationFrame(step);
    else done();
  };
  requestAnimationFrame(step);
}
