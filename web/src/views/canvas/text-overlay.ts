// Text over the canvas in screen space: the forum tags and the level-of-detail labels, placed together for the
// screen and drawn over the cached bitmap, so no label covers a tag or another label; where the tags are (for
// clicks, hovers and tests) and what the last frame drew (for tests). Text widths are measured once per name.
import type { Box } from '../../../../core/labels/label-boxes.ts';
import { drawScreenText } from '../../render/draw-marks.ts';
import { type DrawView, LABEL_FONT, MARK_FONT, placeForumMarks } from '../../render/draw.ts';
import type { Scene } from '../../render/scene.ts';

export type ScreenView = Pick<DrawView, 'width' | 'height' | 'transform'>;
export interface ForumTag {
  /** The latest edition held at the tag's host. */
  id: string;
  box: { x: number; y: number; w: number; h: number };
}

/** The screen text the last full frame drew: each label (its node's model index, its text, its box) and tag. */
export interface DrawnText {
  labels: { i: number; text: string; box: Box }[];
  tags: Box[];
  diamonds: Box[];
}

export class TextOverlay {
  private labelWidths = new Map<string, number>();
  /** What the last call of drawLabels drew (empty before the first). */
  drawn: DrawnText = { labels: [], tags: [], diamonds: [] };

  constructor(private ctx: CanvasRenderingContext2D) {}

  /** Screen boxes of the forum tags drawn, each with the latest edition held there. */
  forumTags(scene: Scene | null, xy: Float32Array, view: ScreenView): ForumTag[] {
    if (!scene) return [];
    this.ctx.font = MARK_FONT;
    return placeForumMarks(scene, xy, view, (s) => this.ctx.measureText(s).width).flatMap((p) =>
      p.tag ? [{ id: p.mark.forums.at(-1)!, box: p.tag }] : [],
    );
  }

  forumAt(scene: Scene | null, xy: Float32Array, view: ScreenView, sx: number, sy: number): string | undefined {
    return this.forumTags(scene, xy, view).find(
      ({ box: b }) => sx >= b.x && sx <= b.x + b.w && sy >= b.y && sy <= b.y + b.h,
    )?.id;
  }

  /** Forum tags, then labels placed around them, at most about one per 6000 px²: enough to read, and text is the dearest
   *  thing to draw in software. */
  drawLabels(scene: Scene, xy: Float32Array, view: ScreenView, dpr: number): void {
    this.ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    this.ctx.font = MARK_FONT;
    const marks = placeForumMarks(scene, xy, view, (s) => this.ctx.measureText(s).width);
    this.ctx.font = LABEL_FONT;
    // Placing labels tries hundreds of candidates on every redraw: each width is measured once.
    const measure = (s: string) => {
      let w = this.labelWidths.get(s);
      if (w === undefined) this.labelWidths.set(s, (w = this.ctx.measureText(s).width));
      return w;
    };
    const max = Math.min(400, Math.round((view.width * view.height) / 6000));
    const { labels, tags, diamonds } = drawScreenText(this.ctx, scene, xy, view, measure, marks, max);
    this.drawn = { labels: labels.map((p) => ({ i: p.i, text: scene.labels[p.i] ?? '', box: p.box })), tags, diamonds };
  }
}
