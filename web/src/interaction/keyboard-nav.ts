// Keyboard navigation between nodes: arrows move to the nearest shown node in that direction; [ and ] step along
// the ties of the selection (neighbours by name order); Home goes to the most connected. Pure: returns an index.
import { type GraphModel, otherEnd } from '../model/graph-model.ts';
import type { Visible } from '../model/visibility.ts';

export type NavKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' | '[' | ']' | 'Home';
export const NAV_KEYS = new Set<string>(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', '[', ']', 'Home']);

export function navigate(key: NavKey, current: number | undefined, model: GraphModel, visible: Visible, xy: Float32Array, neighbourOrigin?: number): number | undefined {
  const mostConnected = () => visible.nodes.reduce<number | undefined>((b, i) => (b === undefined || visible.ties[i]! > visible.ties[b]! ? i : b), undefined);
  if (current === undefined || !visible.node[current] || key === 'Home') return mostConnected();
  if (key === '[' || key === ']') {
    // Along the ties of the node we started from, so repeated presses walk round its neighbours.
    const hub = neighbourOrigin ?? current;
    const ring = model.adjacency[hub]!.filter((l) => visible.link[l]).map((l) => otherEnd(model, l, hub)).sort((a, b) => a - b);
    if (!ring.length) return current;
    const at = ring.indexOf(current);
    if (at < 0) return ring[0];
    return ring[(at + (key === ']' ? 1 : ring.length - 1)) % ring.length];
  }
  const [dx, dy] = key === 'ArrowLeft' ? [-1, 0] : key === 'ArrowRight' ? [1, 0] : key === 'ArrowUp' ? [0, -1] : [0, 1];
  const cx = xy[2 * current]!;
  const cy = xy[2 * current + 1]!;
  let best: number | undefined;
  let bestScore = Infinity;
  for (const i of visible.nodes) {
    if (i === current) continue;
    const vx = xy[2 * i]! - cx;
    const vy = xy[2 * i + 1]! - cy;
    const along = vx * dx + vy * dy;
    if (!(along > 0)) continue;
    const across = Math.abs(vx * dy - vy * dx);
    const score = along + 2 * across; // prefer nodes straight ahead
    if (score < bestScore) (bestScore = score), (best = i);
  }
  return best ?? current;
}
