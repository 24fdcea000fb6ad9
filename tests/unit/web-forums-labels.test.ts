// The forums map labels its hosts where no other label or point is (web/src/views/forums-view.ts): Minsk,
// Zhodino and Mogilev are a few pixels apart on it.
import { describe, expect, it } from 'vitest';
import { placePointLabels } from '../../web/src/views/forums-view.ts';

const width = (t: string) => t.length * 11 * 0.6;
function box(p: { x: number; y: number; text: string }, l: { x: number; y: number; anchor: string }) {
  const w = width(p.text),
    x0 = l.anchor === 'start' ? l.x : l.anchor === 'end' ? l.x - w : l.x - w / 2;
  return { x0, x1: x0 + w, y0: l.y - 11 * 0.8, y1: l.y + 11 * 0.2 };
}

describe('forum map labels', () => {
  it('go right when free, and elsewhere when a neighbour took the place', () => {
    const points = [
      { x: 100, y: 100, text: 'VII Минск' },
      { x: 118, y: 95, text: 'X Жодино' },
      { x: 160, y: 100, text: 'IX Могилёв' },
      { x: 400, y: 300, text: 'XII Брест' },
    ];
    const labels = placePointLabels(points, 11, 6);
    expect(labels[3]).toEqual({ x: 408, y: 300 + 11 / 3, anchor: 'start' });
    const boxes = points.map((p, i) => box(p, labels[i]!));
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1))
        expect(a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1, `${i}`).toBe(false);
    for (const [i, b] of boxes.entries())
      for (const [j, p] of points.entries())
        if (i !== j)
          expect(b.x0 < p.x + 6 && p.x - 6 < b.x1 && b.y0 < p.y + 6 && p.y - 6 < b.y1, `${i} on ${j}`).toBe(false);
  });
});
