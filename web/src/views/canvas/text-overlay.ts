// Text over the canvas in screen space: where the forum tags are (for clicks, hovers and tests) and the
// level-of-detail labels drawn over the cached bitmap. Text widths are measured once per name.
import { drawLabels } from '../../render/draw-marks.ts';
import { type DrawView, LABEL_FONT, MARK_FONT, placeForumMarks, placeLabels } from '../../render/draw.ts';
import type { Scene } from '../../render/scene.ts';

export type ScreenView = Pick<DrawView, 'width' | 'height' | 'transform'>;
export interface ForumTag {
  /** The latest edition held at the tag's host. */
  id: string;
  box: { x: number; y: number; w: number; h: number };
}

export class TextOverlay {
  private labelWidths = new Map<string, number>();

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

  /** Labels placed around the forum tags, at most about one per 6000 px²: enough to read, and text is the dearest
   *  thing to draw in software. */
  drawLabels(scene: Scene, xy: Float32Array, view: ScreenView, dpr: number): void {
    const tags = this.forumTags(scene, xy, view).map((t) => t.box);
    this.ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    this.ctx.font = LABEL_FONT;
    // Placing labels tries hundreds of candidates on every redraw: each width is measured once.
    const measure = (s: string) => {
      let w = this.labelWidths.get(s);
      if (w === undefined) this.labelWidths.set(s, (w = this.ctx.measureText(s).width));
      return w;
    };
    const max = Math.min(400, Math.round((view.width * view.height) / 6000));
    drawLabels(this.ctx, scene, placeLabels(scene, xy, view, measure, max, tags));
  }
}
