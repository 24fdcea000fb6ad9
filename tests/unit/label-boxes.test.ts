// The one greedy placement (core/labels/label-boxes.ts): a candidate is kept only where it covers nothing kept
// before it or reserved, whatever grid cells the boxes span (negative coordinates, boxes wider than a cell).
import { describe, expect, it } from 'vitest';
import { overlaps, TakenBoxes, type Box } from '../../core/labels/label-boxes.ts';

const box = (x: number, y: number, w = 20, h = 10): Box => ({ x, y, w, h });

describe('TakenBoxes', () => {
  it('takes the first free candidate and refuses one that covers a kept or reserved box', () => {
    const taken = new TakenBoxes([box(0, 0)]);
    expect(taken.take(box(10, 5))).toBe(-1); // covers the reserved box
    expect(taken.take(box(10, 5), box(20, 0))).toBe(1); // touching edges is not covering
    expect(taken.take(box(25, 5))).toBe(-1);
    expect(taken.boxes).toHaveLength(2);
  });

  it('finds overlaps across grid cells, with negative coordinates and boxes wider than a cell', () => {
    const taken = new TakenBoxes([], 16);
    taken.add(box(-100, -40, 300, 12));
    expect(taken.isFree(box(150, -35, 5, 5))).toBe(false);
    expect(taken.isFree(box(-90, -20, 5, 5))).toBe(true);
  });

  it('agrees with a brute-force check on a crowded screen', () => {
    // A seeded scatter of label-sized boxes: the grid's answer is the pairwise one.
    let seed = 7;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    const candidates = Array.from({ length: 400 }, () =>
      box(next() * 800 - 100, next() * 600 - 50, 30 + next() * 90, 15),
    );
    const taken = new TakenBoxes();
    const kept: Box[] = [];
    for (const c of candidates) {
      const free = !kept.some((k) => overlaps(k, c));
      expect(taken.take(c) === 0).toBe(free);
      if (free) kept.push(c);
    }
    expect(kept.length).toBeGreaterThan(20);
    for (const [i, a] of kept.entries()) for (const b of kept.slice(i + 1)) expect(overlaps(a, b)).toBe(false);
  });
});
