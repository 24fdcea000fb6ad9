// Screen boxes of labels and tags, and the one greedy placement that keeps them from covering each other: the
// candidates come most important first and each is kept only where it covers nothing already kept (canvas labels
// and forum tags, the SVG export, embed labels, the forum map, the console graph's captions). Pure.
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

/**
 * Boxes already taken on one picture, indexed by a coarse grid so that trying hundreds of candidates stays about
 * linear (a canvas frame places up to 400 labels among thousands of nodes on every redraw).
 */
export class TakenBoxes {
  readonly boxes: Box[] = [];
  private grid = new Map<number, number[]>();

  constructor(
    reserved: readonly Box[] = [],
    private cell = 64,
  ) {
    for (const b of reserved) this.add(b);
  }

  /** True when `box` covers no box taken so far. */
  isFree(box: Box): boolean {
    return this.cells(box).every((c) => !(this.grid.get(c) ?? []).some((k) => overlaps(this.boxes[k]!, box)));
  }

  add(box: Box): void {
    this.boxes.push(box);
    for (const c of this.cells(box)) {
      const list = this.grid.get(c);
      if (list) list.push(this.boxes.length - 1);
      else this.grid.set(c, [this.boxes.length - 1]);
    }
  }

  /** Takes the first free candidate (most preferred first) and returns its index; -1 when none is free. */
  take(...candidates: Box[]): number {
    const i = candidates.findIndex((c) => this.isFree(c));
    if (i >= 0) this.add(candidates[i]!);
    return i;
  }

  private cells(b: Box): number[] {
    const out: number[] = [];
    const s = this.cell;
    for (let cx = Math.floor(b.x / s); cx <= Math.floor((b.x + b.w) / s); cx++)
      for (let cy = Math.floor(b.y / s); cy <= Math.floor((b.y + b.h) / s); cy++) out.push(cx * 100_003 + cy);
    return out;
  }
}
