// A scene on screen: the view it is drawn in, the drawing styles and sizes, and where forum marks and labels go
// (level of detail: most important first, no overlaps, zooming in frees room for more). Used by the canvas
// (draw-scene.ts, draw-marks.ts) and the SVG export alike.
import type { ForumMark } from '../model/canvas-forum-marks.ts';
import type { LinkStyle, Scene } from './scene.ts';
import { type Box, TakenBoxes } from '../../../core/labels/label-boxes.ts';

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
/** The height a label takes: its 12 px text and the halo stroked around it. */
export const LABEL_HEIGHT = 15;
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
  tag: Box | null;
}

/**
 * Where the forum marks go on screen: a diamond around each host in view and, up and to the left, a tag with its
 * editions — hosts of more editions first, and a tag that would cover one already placed is left out.
 */
export function placeForumMarks(
  scene: Scene,
  xy: Float32Array,
  view: Pick<DrawView, 'width' | 'height' | 'transform'>,
  measure: (s: string) => number,
): PlacedForumMark[] {
  const { width: w, height: h, transform: t } = view;
  const f = sizeScale(t.k);
  const tags = new TakenBoxes();
  return [...scene.forums]
    .sort((a, b) => b.forums.length - a.forums.length || a.node - b.node)
    .flatMap((mark) => {
      const x = xy[2 * mark.node]! * t.k + t.x;
      const y = xy[2 * mark.node + 1]! * t.k + t.y;
      if (Number.isNaN(x) || x < -60 || y < -60 || x > w + 60 || y > h + 60) return [];
      const d = scene.radius[mark.node]! * f + 6;
      const tw = measure(mark.label) + 8;
      const box = { x: x - d - tw, y: y - d - 14, w: tw, h: 14 };
      const free = tags.take(box) === 0;
      return [{ mark, x, y, d, tag: free ? box : null }];
    });
}

/** `dash`: undated ties are dashed and faint, so they never read as part of the year's network. */
export const LINK_STYLES: Record<LinkStyle, { colour: string; width: number; dash?: readonly number[] }> = {
  faded: { colour: 'rgba(150,160,180,0.10)', width: 0.6 },
  undated: { colour: 'rgba(150,165,190,0.28)', width: 0.7, dash: [3, 3] },
  normal: { colour: 'rgba(175,190,215,0.45)', width: 0.9 },
  undatedHighlight: { colour: 'rgba(255,255,255,0.7)', width: 1.4, dash: [4, 3] },
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

export interface PlacedLabel {
  i: number;
  /** Where the text is drawn: centred on x, its top at y. */
  x: number;
  y: number;
  /** The screen box the label takes (what no other label or tag may cover). */
  box: Box;
}

/** Level-of-detail labels: candidates in order of importance (selection, focus, path, then the most connected),
 *  each kept only where it covers no label already kept and none of the `reserved` boxes (forum tags). */
export function placeLabels(
  scene: Scene,
  xy: Float32Array,
  view: Pick<DrawView, 'width' | 'height' | 'transform'>,
  measure: (s: string) => number,
  max = 400,
  reserved: readonly Box[] = [],
): PlacedLabel[] {
  const { width: w, height: h, transform: t } = view;
  const f = sizeScale(t.k);
  const placed: PlacedLabel[] = [];
  const taken = new TakenBoxes(reserved);
  // A label sits under its node, clear of the node's own ring (selection, path) and forum diamond.
  const ringed = new Set(scene.rings);
  const hosts = new Set(scene.forums.map((m) => m.node));
  const gap = (i: number) => (hosts.has(i) ? 8 : ringed.has(i) ? 6 : 2);
  let tried = 0;
  for (const i of scene.labelOrder) {
    if (tried++ > max * 4 || placed.length >= max) break;
    const sx = xy[2 * i]! * t.k + t.x;
    const sy = xy[2 * i + 1]! * t.k + t.y;
    if (sx < 0 || sy < 0 || sx > w || sy > h) continue;
    const tw = measure(scene.labels[i] ?? '') + 4;
    const y0 = sy + scene.radius[i]! * f + gap(i);
    const box = { x: sx - tw / 2, y: y0, w: tw, h: LABEL_HEIGHT };
    if (taken.take(box) < 0) continue;
    placed.push({ i, x: sx, y: y0, box });
  }
  return placed;
}
