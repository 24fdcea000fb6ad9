// Keyboard navigation between nodes: arrows move to the nearest shown node in that direction; [ and ] step along
// the ties of the selection (neighbours by name order); Home goes to the most connected. Pure: returns an index.
import { type GraphModel, otherEnd } from '../model/graph-model.ts';
import type { Visible } from '../model/visibility.ts';
import { KEY_DIRECTIONS, nearestInDirection } from '../../../core/geometry/nearest-in-direction.ts';

export type NavKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' | '[' | ']' | 'Home';
export const NAV_KEYS = new Set<string>(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', '[', ']', 'Home']);

export function navigate(
  key: NavKey,
  current: number | undefined,
  model: GraphModel,
  visible: Visible,
  xy: Float32Array,
  neighbourOrigin?: number,
): number | undefined {
  const mostConnected = () =>
    visible.nodes.reduce<number | undefined>(
      (b, i) => (b === undefined || visible.ties[i]! > visible.ties[b]! ? i : b),
      undefined,
    );
  if (current === undefined || !visible.node[current] || key === 'Home') return mostConnected();
  if (key === '[' || key === ']') {
    // Along the ties of the node we started from, so repeated presses walk round its neighbours.
    const hub = neighbourOrigin ?? current;
    const ring = model.adjacency[hub]!.filter((l) => visible.link[l])
      .map((l) => otherEnd(model, l, hub))
      .sort((a, b) => a - b);
    if (!ring.length) return current;
    const at = ring.indexOf(current);
    if (at < 0) return ring[0];
    return ring[(at + (key === ']' ? 1 : ring.length - 1)) % ring.length];
  }
  const at = { x: xy[2 * current]!, y: xy[2 * current + 1]! };
  const others = function* () {
    for (const i of visible.nodes) if (i !== current) yield [i, { x: xy[2 * i]!, y: xy[2 * i + 1]! }] as const;
  };
  return nearestInDirection(at, KEY_DIRECTIONS[key]!, others()) ?? current;
}
