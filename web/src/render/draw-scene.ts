// Canvas drawing of a scene: a pure function of (scene, positions, view) onto a 2D context, as a whole or as steps.
// Links and nodes are batched per style (one path and one stroke/fill per batch); off-screen items are culled.
import { drawMarks, drawScreenText } from './draw-marks.ts';
import { type DrawView, LINK_STYLES, MARK_FONT, placeForumMarks, sizeScale } from './draw.ts';
import type { LinkStyle, Scene } from './scene.ts';

/** Draws a scene in one go (exports, small graphs). */
export function drawScene(ctx: CanvasRenderingContext2D, scene: Scene, xy: Float32Array, view: DrawView): void {
  for (const _ of drawSteps(ctx, scene, xy, view));
}

/**
 * The same drawing as a sequence of steps (background, then links and nodes in chunks, then labels): a caller
 * with a time budget per frame draws a large scene over several frames without freezing the page.
 */
export function* drawSteps(
  ctx: CanvasRenderingContext2D,
  scene: Scene,
  xy: Float32Array,
  view: DrawView,
  chunk = 800,
): Generator<void, void, void> {
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
  ctx.font = MARK_FONT;
  const marks = placeForumMarks(scene, xy, view, (s) => ctx.measureText(s).width);
  drawMarks(ctx, scene, xy, view, f, marks);
  // Tags and labels are screen text: drawn here only in a picture that has them (an export); the canvas draws them
  // over its cached bitmap, placed for the screen (views/canvas/text-overlay.ts).
  if (view.labels) drawScreenText(ctx, scene, xy, view, (s) => ctx.measureText(s).width, marks);
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

// Over 4,000 ties the lines become a haze: fainter, and undated ones solid in a cooler grey instead of dashed — a
// dash pattern on thousands of overlapping lines reads as noise and costs ~4× as much to rasterise (software
// rasterisation in Chromium without a GPU: the world's first frame). Highlighted and path ties keep their look.
const DENSE_LINK_STYLES: Partial<Record<LinkStyle, { colour: string }>> = {
  normal: { colour: 'rgba(175,190,215,0.16)' },
  undated: { colour: 'rgba(120,140,170,0.13)' },
};

function drawLinks(
  ctx: CanvasRenderingContext2D,
  scene: Scene,
  xy: Float32Array,
  view: DrawView,
  styleName: LinkStyle,
  links: Int32Array,
  many: boolean,
) {
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
        else (ctx.moveTo(sx, sy), (pen = true));
      }
      continue;
    }
    const s = scene.linkEnds[2 * l]!;
    const e = scene.linkEnds[2 * l + 1]!;
    const x1 = xy[2 * s]! * t.k + t.x,
      y1 = xy[2 * s + 1]! * t.k + t.y;
    const x2 = xy[2 * e]! * t.k + t.x,
      y2 = xy[2 * e + 1]! * t.k + t.y;
    if ((x1 < 0 && x2 < 0) || (x1 > w && x2 > w) || (y1 < 0 && y2 < 0) || (y1 > h && y2 > h)) continue;
    if (Math.abs(x1 - x2) + Math.abs(y1 - y2) < 0.7) continue; // shorter than a pixel: hidden under the nodes
    ctx.moveTo(x1, y1);
    ctx.lineTo(x2, y2);
  }
  const dense = many ? DENSE_LINK_STYLES[styleName] : undefined;
  ctx.strokeStyle = dense?.colour ?? style.colour;
  ctx.lineWidth = style.width;
  ctx.setLineDash(dense ? [] : (style.dash ?? []));
  ctx.stroke();
  ctx.setLineDash([]);
}

function drawNodes(
  ctx: CanvasRenderingContext2D,
  scene: Scene,
  xy: Float32Array,
  view: DrawView,
  batch: Scene['nodeBatches'][number],
  nodes: Int32Array,
  f: number,
) {
  const { width: w, height: h, transform: t } = view;
  ctx.beginPath();
  for (const i of nodes) {
    const r = scene.radius[i]! * f;
    const sx = xy[2 * i]! * t.k + t.x;
    const sy = xy[2 * i + 1]! * t.k + t.y;
    if (sx < -r || sy < -r || sx > w + r || sy > h + r) continue;
    if (r < 2) ctx.rect(sx - r, sy - r, 2 * r, 2 * r);
    else (ctx.moveTo(sx + r, sy), ctx.arc(sx, sy, r, 0, 2 * Math.PI));
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
