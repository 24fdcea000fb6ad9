// Screen boxes of labels and tags, for the greedy placements that keep them from covering each other (canvas
// forum tags, embed labels, forum map labels). Pure.
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/** Index of the first candidate that covers none of `taken`; -1 when none is free. */
export function firstFree(candidates: readonly Box[], taken: readonly Box[]): number {
  return candidates.findIndex((c) => !taken.some((t) => overlaps(c, t)));
}
