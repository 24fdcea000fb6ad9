// The nearest node in an arrow key's direction: the one rule for keyboard moves in the embeds (by id) and in the
// explorer's canvas (by node index, web/src/interaction/keyboard-nav.ts). Pure.
import type { Point } from '../embed/layout.ts';

export type Direction = 'left' | 'right' | 'up' | 'down';
const VECTORS: Record<Direction, Point> = {
  left: { x: -1, y: 0 },
  right: { x: 1, y: 0 },
  up: { x: 0, y: -1 },
  down: { x: 0, y: 1 },
};

/** The candidate nearest to `from` in `dir` — within a 45° cone first, else anywhere on that side — favouring
 *  ones straight ahead; `before(a, b)` breaks equal scores (default: the first one met). Undefined when none. */
export function nearestInDirection<K>(
  from: Point,
  dir: Direction,
  candidates: Iterable<readonly [K, Point]>,
  before: (a: K, b: K) => boolean = () => false,
): K | undefined {
  const v = VECTORS[dir];
  let best: K | undefined,
    bestScore = Infinity;
  for (const [key, b] of candidates) {
    const dx = b.x - from.x,
      dy = b.y - from.y;
    const ahead = dx * v.x + dy * v.y;
    if (!(ahead > 0)) continue;
    const aside = Math.abs(dx * v.y - dy * v.x);
    // Outside the cone a node still counts, after every node inside it.
    const score = ahead + 2 * aside + (aside > ahead ? 1e6 : 0);
    if (score < bestScore || (score === bestScore && best !== undefined && before(key, best))) {
      best = key;
      bestScore = score;
    }
  }
  return best;
}

/** The id of the nearest node in `dir` from the node `from` (the embed's positions by id; equal scores: the
 *  smaller id). */
export function nextInDirection(from: string, dir: Direction, pos: Map<string, Point>): string | undefined {
  const a = pos.get(from);
  if (!a) return undefined;
  return nearestInDirection(
    a,
    dir,
    [...pos].filter(([id]) => id !== from),
    (x, y) => x < y,
  );
}

export const KEY_DIRECTIONS: Record<string, Direction> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};
