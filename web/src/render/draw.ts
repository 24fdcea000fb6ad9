// Canvas drawing of a scene: a pure function of (scene, positions, view) onto a 2D context. Links and nodes are
// batched per style (one path and one stroke/fill per batch), off-screen items are culled, labels placed by
// level of detail (most important first, no overlaps: zooming in frees room for more).
import type { ForumMark } from '../model/canvas-forum-marks.ts';
import type { Scene, LinkStyle } from './scene.ts';
import { firstFree } from '../../../core/labels/label-boxes.ts';

export interface ViewTransform {
  x: number;
  y: number;
  k: number;
}

export interface DrawView {
  width: number;
  height: number;
  dpr: number;
  transform: ViewTransform;
  /** Great-circle polylines per link in world units (NaN pairs break a line); null: straight lines. */
  arcs: (Float32Array | undefined)[] | null;
  /** Land and country borders in world units (map layout). */
  borders: { land: Path2D; borders: Path2D; landD?: string; bordersD?: string } | null;
  background: string;
  /** Draw without labels and with thinner work (used for snapshots while moving). */
  labels: boolean;
}

export const LABEL_FONT = '12px system-ui, sans-serif';
/** Forum marks: a diamond around the host and a tag with the editions' numerals (shape, not only colour). */
export const FORUM_MARK = { colour: '#ffd166', text: '#1a1a1a' } as const;
/** Text of badges and forum tags. */
export const MARK_FONT = 'bold 10px system-ui, sans-serif';

export interface PlacedForumMark {
  mark: ForumMark;
  /** Screen position of the host and the diamond's half-diagonal. */
  x: number;
  y: number;
  d: number;
  /** The tag's screen box; null where it would cover another tag (zoom in to see it). */
  tag: { x: number; y: number; w: number; h: number } | null;
}

/**
 * Where the forum marks go on screen: a diamond around each host in view and, up and to the left, a tag with its
 * editions — hosts of more editions first, and a tag that would cover one already placed is left out.
 */
export function placeForumMarks(scene: Scene, xy: Float32Array, view: Pick<DrawView, 'width' | 'height' | 'transform'>, measure: (s: string) => number): PlacedForumMark[] {
  const { width: w, height: h, transform: t } = view;
  const f = sizeScale(t.k);
  const tags: NonNullable<PlacedForumMark['tag']>[] = [];
  return [...scene.forums]
    .sort((a, b) => b.forums.length - a.forums.length || a.node - b.node)
    .flatMap((mark) => {
      const x = xy[2 * mark.node]! * t.k + t.x;
      const y = xy[2 * mark.node + 1]! * t.k + t.y;
      if (Number.isNaN(x) || x < -60 || y < -60 || x > w + 60 || y > h + 60) return [];
      const d = scene.radius[mark.node]! * f + 6;
      const tw = measure(mark.label) + 8;
      const box = { x: x - d - tw, y: y - d - 14, w: tw, h: 14 };
      const free = firstFree([box], tags) === 0;
      if (free) tags.push(box);
      return [{ mark, x, y, d, tag: free ? box : null }];
    });
}

export const LINK_STYLES: Record<LinkStyle, { colour: string; width: number }> = {
  faded: { colour: 'rgba(150,160,180,0.10)', width: 0.6 },
  normal: { colour: 'rgba(175,190,215,0.45)', width: 0.9 },
  highlight: { colour: 'rgba(255,255,255,0.95)', width: 1.8 },
  path: { colour: '#ffffff', width: 4 },
};

/** Node radius grows gently with zoom so the world view stays legible and a city view is easy to hit. */
export function sizeScale(k: number): number {
  return Math.min(2.2, Math.max(0.45, Math.sqrt(k)));
}

export function screenRadius(scene: Scene, i: number, k: number): number {
  return scene.radius[i]! * sizeScale(k);
}

/** Draws a scene in one go (exports, small graphs). */
export function drawScene(ctx: CanvasRenderingContext2D, scene: Scene, xy: Float32Array, view: DrawView): void {
  for (const _ of drawSteps(ctx, scene, xy, view));
}

/**
 * The same drawing as a sequence of steps (background, then links and nodes in chunks, then labels): a caller
 * with a time budget per frame draws a large scene over several frames without freezing the page.
 */
export function* drawSteps(ctx: CanvasRenderingContext2D, scene: Scene, xy: Float32Array, view: DrawView, chunk = 800): Generator<void, void, void> {
  const { width: w, height: h, dpr } = view;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.globalAlpha = 1;
  ctx.fillStyle = view.background;
  ctx.fillRect(0, 0, w, h);
  if (view.borders) drawBorders(ctx, view);
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  yield;
  const many = scene.linkBatches.reduce((n, b) => n + b.links.length, 0) > 4000;
  for (const batch of scene.linkBatches)
    for (let from = 0; from < batch.links.length; from += chunk) {
      drawLinks(ctx, scene, xy, view, batch.style, batch.links.subarray(from, from + chunk), many);
      yield;
    }
  const f = sizeScale(view.transform.k);
  for (const batch of scene.nodeBatches)
    for (let from = 0; from < batch.nodes.length; from += chunk * 2) {
      drawNodes(ctx, scene, xy, view, batch, batch.nodes.subarray(from, from + chunk * 2), f);
      yield;
    }
  drawMarks(ctx, scene, xy, view, f);
  if (view.labels) {
    ctx.font = LABEL_FONT;
    drawLabels(ctx, scene, placeLabels(scene, xy, view, (s) => ctx.measureText(s).width));
  }
}

function drawBorders(ctx: CanvasRenderingContext2D, view: DrawView) {
  const { dpr, transform: t } = view;
  ctx.setTransform(dpr * t.k, 0, 0, dpr * t.k, dpr * t.x, dpr * t.y);
  ctx.fillStyle = '#1f2a3a';
  ctx.fill(view.borders!.land);
  ctx.strokeStyle = '#4a5d78';
  ctx.lineWidth = 0.7 / t.k;
  ctx.stroke(view.borders!.borders);
}

function drawLinks(ctx: CanvasRenderingContext2D, scene: Scene, xy: Float32Array, view: DrawView, styleName: LinkStyle, links: Int32Array, many: boolean) {
  const { width: w, height: h, transform: t } = view;
  const style = LINK_STYLES[styleName];
  ctx.beginPath();
  for (const l of links) {
    const arc = view.arcs?.[l];
    if (arc) {
      let pen = false;
      for (let p = 0; p < arc.length; p += 2) {
        const x = arc[p]!;
        if (Number.isNaN(x)) {
          pen = false;
          continue;
        }
        const sx = x * t.k + t.x;
        const sy = arc[p + 1]! * t.k + t.y;
        if (pen) ctx.lineTo(sx, sy);
        else ctx.moveTo(sx, sy), (pen = true);
      }
      continue;
    }
    const s = scene.linkEnds[2 * l]!;
    const e = scene.linkEnds[2 * l + 1]!;
    const x1 = xy[2 * s]! * t.k + t.x, y1 = xy[2 * s + 1]! * t.k + t.y;
    const x2 = xy[2 * e]! * t.k + t.x, y2 = xy[2 * e + 1]! * t.k + t.y;
    if ((x1 < 0 && x2 < 0) || (x1 > w && x2 > w) || (y1 < 0 && y2 < 0) || (y1 > h && y2 > h)) continue;
    if (Math.abs(x1 - x2) + Math.abs(y1 - y2) < 0.7) continue; // shorter than a pixel: hidden under the nodes
    ctx.moveTo(x1, y1);
    ctx.lineTo(x2, y2);
  }
  ctx.strokeStyle = styleName === 'normal' && many ? 'rgba(175,190,215,0.16)' : style.colour;
  ctx.lineWidth = style.width;
  ctx.stroke();
}

function drawNodes(ctx: CanvasRenderingContext2D, scene: Scene, xy: Float32Array, view: DrawView, batch: Scene['nodeBatches'][number], nodes: Int32Array, f: number) {
  const { width: w, height: h, transform: t } = view;
  ctx.beginPath();
  for (const i of nodes) {
    const r = scene.radius[i]! * f;
    const sx = xy[2 * i]! * t.k + t.x;
    const sy = xy[2 * i + 1]! * t.k + t.y;
    if (sx < -r || sy < -r || sx > w + r || sy > h + r) continue;
    if (r < 2) ctx.rect(sx - r, sy - r, 2 * r, 2 * r);
    else ctx.moveTo(sx + r, sy), ctx.arc(sx, sy, r, 0, 2 * Math.PI);
  }
  ctx.globalAlpha = batch.faded ? 0.3 : 1;
  ctx.fillStyle = batch.colour;
  ctx.fill();
  if (!batch.faded && scene.nodeCount < 3000) {
    ctx.strokeStyle = 'rgba(10,15,25,0.8)';
    ctx.lineWidth = 0.8;
    ctx.stroke();
  }
  ctx.globalAlpha = 1;
}

function drawMarks(ctx: CanvasRenderingContext2D, scene: Scene, xy: Float32Array, view: DrawView, f: number) {
  const t = view.transform;
  ctx.globalAlpha = 1;
  ctx.strokeStyle = '#ffffff';
  ctx.lineWidth = 2.5;
  for (const i of scene.rings) {
    const r = scene.radius[i]! * f + 3.5;
    ctx.beginPath();
    ctx.arc(xy[2 * i]! * t.k + t.x, xy[2 * i + 1]! * t.k + t.y, r, 0, 2 * Math.PI);
    ctx.stroke();
  }
  ctx.font = MARK_FONT;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  for (const { mark, x, y, d, tag } of placeForumMarks(scene, xy, view, (s) => ctx.measureText(s).width)) {
    ctx.strokeStyle = FORUM_MARK.colour;
    ctx.lineWidth = 2;
    ctx.beginPath();
    ctx.moveTo(x, y - d), ctx.lineTo(x + d, y), ctx.lineTo(x, y + d), ctx.lineTo(x - d, y), ctx.closePath();
    ctx.stroke();
    if (!tag) continue;
    ctx.fillStyle = FORUM_MARK.colour;
    ctx.fillRect(tag.x, tag.y, tag.w, tag.h);
    ctx.fillStyle = FORUM_MARK.text;
    ctx.fillText(mark.label, tag.x + tag.w / 2, tag.y + tag.h / 2 + 0.5);
  }
  for (const [i, n] of scene.badges) {
    if (!n) continue;
    const r = scene.radius[i]! * f;
    const bx = xy[2 * i]! * t.k + t.x + r * 0.8 + 6;
    const by = xy[2 * i + 1]! * t.k + t.y - r * 0.8 - 6;
    ctx.fillStyle = '#D55E00';
    ctx.beginPath();
    ctx.arc(bx, by, 8, 0, 2 * Math.PI);
    ctx.fill();
    ctx.fillStyle = '#fff';
    ctx.fillText(`+${n}`, bx, by);
  }
}

export interface PlacedLabel {
  i: number;
  x: number;
  y: number;
}

/** Level-of-detail labels: candidates in order of importance, kept when they overlap no label already kept. */
export function placeLabels(scene: Scene, xy: Float32Array, view: Pick<DrawView, 'width' | 'height' | 'transform'>, measure: (s: string) => number, max = 400, reserved: readonly { x: number; y: number; w: number; h: number }[] = []): PlacedLabel[] {
  const { width: w, height: h, transform: t } = view;
  const f = sizeScale(t.k);
  const placed: PlacedLabel[] = [];
  const boxes: [number, number, number, number][] = [];
  const cell = 64;
  const grid = new Map<number, number[]>();
  const occupy = (box: [number, number, number, number], cells: number[]) => {
    boxes.push(box);
    for (const c of cells) grid.set(c, [...(grid.get(c) ?? []), boxes.length - 1]);
  };
  const cellsOf = (box: [number, number, number, number]) => {
    const cells: number[] = [];
    for (let cx = Math.floor(box[0] / cell); cx <= Math.floor(box[2] / cell); cx++)
      for (let cy = Math.floor(box[1] / cell); cy <= Math.floor(box[3] / cell); cy++) cells.push(cx * 100_003 + cy);
    return cells;
  };
  // Boxes already taken (forum tags): no label covers them.
  for (const r of reserved) occupy([r.x, r.y, r.x + r.w, r.y + r.h], cellsOf([r.x, r.y, r.x + r.w, r.y + r.h]));
  let tried = 0;
  for (const i of scene.labelOrder) {
    if (tried++ > max * 4 || placed.length >= max) break;
    const sx = xy[2 * i]! * t.k + t.x;
    const sy = xy[2 * i + 1]! * t.k + t.y;
    if (sx < 0 || sy < 0 || sx > w || sy > h) continue;
    const text = scene.labels[i] ?? '';
    const tw = measure(text) + 4;
    const y0 = sy + scene.radius[i]! * f + 2;
    const box: [number, number, number, number] = [sx - tw / 2, y0, sx + tw / 2, y0 + 14];
    const cells = cellsOf(box);
    const hit = cells.some((c) => (grid.get(c) ?? []).some((b) => {
      const o = boxes[b]!;
      return o[0] < box[2] && box[0] < o[2] && o[1] < box[3] && box[1] < o[3];
    }));
    if (hit) continue;
    occupy(box, cells);
    placed.push({ i, x: sx, y: y0 });
  }
  return placed;
}

/** Draws labels already placed (the view draws them over the cached bitmap, in screen space). */
export function drawLabels(ctx: CanvasRenderingContext2D, scene: Scene, placed: PlacedLabel[]) {
  ctx.font = LABEL_FONT;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  ctx.lineJoin = 'round';
  ctx.lineWidth = 3;
  ctx.strokeStyle = 'rgba(12,18,28,0.9)';
  for (const p of placed) ctx.strokeText(scene.labels[p.i]!, p.x, p.y);
  ctx.fillStyle = '#eef2f7';
  for (const p of placed) ctx.fillText(scene.labels[p.i]!, p.x, p.y);
}
