// Keyboard moves between the nodes of the drawing: Tab enters the graph (one tab stop, roving tabindex),
// arrow keys go to the nearest node in that direction (in list order when none lies that way), Home/End.
import type { Point } from '../embed/layout.ts';

export type Direction = 'left' | 'right' | 'up' | 'down';
const VECTORS: Record<Direction, Point> = { left: { x: -1, y: 0 }, right: { x: 1, y: 0 }, up: { x: 0, y: -1 }, down: { x: 0, y: 1 } };

/** The id of the nearest node lying in `dir` from `from` — within a 45° cone first, else anywhere on that
 *  side — favouring ones straight ahead; undefined when none. */
export function nextInDirection(from: string, dir: Direction, pos: Map<string, Point>): string | undefined {
  const a = pos.get(from);
  if (!a) return undefined;
  const v = VECTORS[dir];
  let best: string | undefined, bestScore = Infinity;
  for (const [id, b] of pos) {
    if (id === from) continue;
    const dx = b.x - a.x, dy = b.y - a.y;
    const ahead = dx * v.x + dy * v.y;
    if (ahead <= 0) continue;
    const aside = Math.abs(dx * v.y - dy * v.x);
    // Outside the cone a node still counts, after every node inside it.
    const score = ahead + 2 * aside + (aside > ahead ? 1e6 : 0);
    if (score < bestScore || (score === bestScore && best !== undefined && id < best)) { best = id; bestScore = score; }
  }
  return best;
}

export const KEY_DIRECTIONS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };
