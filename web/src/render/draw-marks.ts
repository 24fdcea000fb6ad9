// Canvas drawing of what sits on top of links and nodes: selection rings, forum diamonds, expansion badges (with the
// nodes, in the cached bitmap), and the forum tags and labels already placed (screen text: see draw.ts for where
// they go, and views/canvas/text-overlay.ts for the one pass that places both).
import type { Box } from '../../../core/labels/label-boxes.ts';
import {
  type DrawView,
  FORUM_MARK,
  LABEL_FONT,
  MARK_FONT,
  type PlacedForumMark,
  type PlacedLabel,
  placeLabels,
  sizeScale,
} from './draw.ts';
import type { Scene } from './scene.ts';

export function drawMarks(
  ctx: CanvasRenderingContext2D,
  scene: Scene,
  xy: Float32Array,
  view: DrawView,
  f: number,
  marks: readonly PlacedForumMark[],
) {
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
  for (const { x, y, d } of marks) {
    ctx.strokeStyle = FORUM_MARK.colour;
    ctx.lineWidth = 2;
    ctx.beginPath();
    (ctx.moveTo(x, y - d), ctx.lineTo(x + d, y), ctx.lineTo(x, y + d), ctx.lineTo(x - d, y), ctx.closePath());
    ctx.stroke();
  }
  for (const { n, x: bx, y: by } of badgeSpots(scene, xy, view, f)) {
    ctx.fillStyle = '#D55E00';
    ctx.beginPath();
    ctx.arc(bx, by, 8, 0, 2 * Math.PI);
    ctx.fill();
    ctx.fillStyle = '#fff';
    ctx.fillText(`+${n}`, bx, by);
  }
}

/** Where the expansion badges ("+3": neighbours still hidden) sit: up and to the right of their node. */
export function badgeSpots(scene: Scene, xy: Float32Array, view: Pick<DrawView, 'transform'>, f: number) {
  const t = view.transform;
  return [...scene.badges].flatMap(([i, n]) => {
    if (!n) return [];
    const r = scene.radius[i]! * f;
    const x = xy[2 * i]! * t.k + t.x + r * 0.8 + 6;
    const y = xy[2 * i + 1]! * t.k + t.y - r * 0.8 - 6;
    return [{ i, n, x, y, box: { x: x - 8, y: y - 8, w: 16, h: 16 } }];
  });
}

/** Draws the forum tags already placed: the editions' numerals on the forum colour. */
export function drawTags(ctx: CanvasRenderingContext2D, marks: readonly PlacedForumMark[]) {
  ctx.font = MARK_FONT;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  for (const { mark, tag } of marks) {
    if (!tag) continue;
    ctx.fillStyle = FORUM_MARK.colour;
    ctx.fillRect(tag.x, tag.y, tag.w, tag.h);
    ctx.fillStyle = FORUM_MARK.text;
    ctx.fillText(mark.label, tag.x + tag.w / 2, tag.y + tag.h / 2 + 0.5);
  }
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

/** What a frame drew as screen text: the labels (with their boxes), and the boxes of the forum tags and diamonds. */
export interface ScreenText {
  labels: PlacedLabel[];
  tags: Box[];
  diamonds: Box[];
}

/**
 * The one pass for screen text: forum tags first (placed by placeForumMarks), then labels where they cover no tag,
 * no forum diamond, no expansion badge and no other label; both drawn, and what was drawn returned (the tests check it never overlaps).
 * `measure` gives a label's width in LABEL_FONT.
 */
export function drawScreenText(
  ctx: CanvasRenderingContext2D,
  scene: Scene,
  xy: Float32Array,
  view: Pick<DrawView, 'width' | 'height' | 'transform'>,
  measure: (s: string) => number,
  marks: readonly PlacedForumMark[],
  max = 400,
): ScreenText {
  const tags = marks.flatMap((m) => (m.tag ? [m.tag] : []));
  const diamonds = marks.map(({ x, y, d }) => ({ x: x - d - 1, y: y - d - 1, w: 2 * d + 2, h: 2 * d + 2 }));
  const badges = badgeSpots(scene, xy, view, sizeScale(view.transform.k)).map((b) => b.box);
  ctx.font = LABEL_FONT;
  const labels = placeLabels(scene, xy, view, measure, max, [...tags, ...diamonds, ...badges]);
  drawTags(ctx, marks);
  drawLabels(ctx, scene, labels);
  return { labels, tags, diamonds };
}
