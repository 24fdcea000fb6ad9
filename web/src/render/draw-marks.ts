// Canvas drawing of what sits on top of links and nodes: selection rings, forum diamonds and tags, expansion
// badges, and labels already placed (see draw.ts for where they go).
import { type DrawView, FORUM_MARK, LABEL_FONT, MARK_FONT, placeForumMarks, type PlacedLabel } from './draw.ts';
import type { Scene } from './scene.ts';

export function drawMarks(ctx: CanvasRenderingContext2D, scene: Scene, xy: Float32Array, view: DrawView, f: number) {
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
    (ctx.moveTo(x, y - d), ctx.lineTo(x + d, y), ctx.lineTo(x, y + d), ctx.lineTo(x - d, y), ctx.closePath());
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
