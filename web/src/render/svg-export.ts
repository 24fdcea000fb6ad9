// SVG export of the current view: the same scene and batches as the canvas (one path per link style and per node
// colour), culled to the viewport, labels placed by the same level-of-detail rule. Pure: returns the markup.
import { type DrawView, FORUM_MARK, LINK_STYLES, placeForumMarks, placeLabels, sizeScale } from './draw.ts';
import { esc } from '../../../core/text/escape-markup.ts';
import type { Scene } from './scene.ts';

const r1 = (v: number) => Math.round(v * 10) / 10;

export function sceneToSvg(
  scene: Scene,
  xy: Float32Array,
  view: DrawView,
  attribution: readonly string[] = [],
): string {
  const { width: w, height: h, transform: t } = view;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" font-family="system-ui, sans-serif">`,
    `<rect width="${w}" height="${h}" fill="${view.background}"/>`,
  ];
  if (view.borders?.landD) {
    out.push(
      `<g transform="translate(${r1(t.x)},${r1(t.y)}) scale(${t.k})"><path d="${view.borders.landD}" fill="#1f2a3a"/><path d="${view.borders.bordersD}" fill="none" stroke="#4a5d78" stroke-width="${0.7 / t.k}"/></g>`,
    );
  }
  for (const batch of scene.linkBatches) {
    const d: string[] = [];
    for (const l of batch.links) {
      const arc = view.arcs?.[l];
      if (arc) {
        let pen = false;
        for (let p = 0; p < arc.length; p += 2) {
          if (Number.isNaN(arc[p]!)) {
            pen = false;
            continue;
          }
          d.push(`${pen ? 'L' : 'M'}${r1(arc[p]! * t.k + t.x)} ${r1(arc[p + 1]! * t.k + t.y)}`);
          pen = true;
        }
        continue;
      }
      const s = scene.linkEnds[2 * l]!,
        e = scene.linkEnds[2 * l + 1]!;
      const x1 = xy[2 * s]! * t.k + t.x,
        y1 = xy[2 * s + 1]! * t.k + t.y,
        x2 = xy[2 * e]! * t.k + t.x,
        y2 = xy[2 * e + 1]! * t.k + t.y;
      if (
        (x1 < 0 && x2 < 0) ||
        (x1 > w && x2 > w) ||
        (y1 < 0 && y2 < 0) ||
        (y1 > h && y2 > h) ||
        [x1, y1, x2, y2].some(Number.isNaN)
      )
        continue;
      d.push(`M${r1(x1)} ${r1(y1)}L${r1(x2)} ${r1(y2)}`);
    }
    const st = LINK_STYLES[batch.style];
    if (d.length)
      out.push(
        `<path class="links-${batch.style}" d="${d.join('')}" fill="none" stroke="${st.colour}" stroke-width="${st.width}"${st.dash ? ` stroke-dasharray="${st.dash.join(' ')}"` : ''}/>`,
      );
  }
  const f = sizeScale(t.k);
  for (const batch of scene.nodeBatches) {
    const d: string[] = [];
    for (const i of batch.nodes) {
      const r = r1(scene.radius[i]! * f);
      const x = xy[2 * i]! * t.k + t.x,
        y = xy[2 * i + 1]! * t.k + t.y;
      if (Number.isNaN(x) || x < -r || y < -r || x > w + r || y > h + r) continue;
      d.push(`M${r1(x - r)} ${r1(y)}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0`);
    }
    if (d.length)
      out.push(
        `<path class="nodes" d="${d.join('')}" fill="${batch.colour}"${batch.faded ? ' fill-opacity="0.3"' : ''}/>`,
      );
  }
  const marks = placeForumMarks(scene, xy, view, (s) => s.length * 6);
  for (const { mark, x, y, d, tag } of marks) {
    out.push(
      `<g class="forum-mark"><path d="M${r1(x)} ${r1(y - d)}L${r1(x + d)} ${r1(y)}L${r1(x)} ${r1(y + d)}L${r1(x - d)} ${r1(y)}Z" fill="none" stroke="${FORUM_MARK.colour}" stroke-width="2"/>` +
        (tag
          ? `<rect x="${r1(tag.x)}" y="${r1(tag.y)}" width="${r1(tag.w)}" height="${tag.h}" fill="${FORUM_MARK.colour}"/><text x="${r1(tag.x + tag.w / 2)}" y="${r1(tag.y + 11)}" font-size="10" font-weight="bold" text-anchor="middle" fill="${FORUM_MARK.text}">${esc(mark.label)}</text>`
          : '') +
        '</g>',
    );
  }
  // Label widths estimated (no canvas here): about 0.6 em per character at 12 px.
  for (const p of placeLabels(
    scene,
    xy,
    view,
    (s) => s.length * 7,
    400,
    marks.flatMap((m) => (m.tag ? [m.tag] : [])),
  )) {
    out.push(
      `<text x="${r1(p.x)}" y="${r1(p.y + 10)}" font-size="12" text-anchor="middle" fill="#eef2f7" stroke="#0c121c" stroke-width="3" paint-order="stroke">${esc(scene.labels[p.i] ?? '')}</text>`,
    );
  }
  if (attribution.length)
    out.push(
      `<text x="${w - 6}" y="${h - 6}" font-size="10" text-anchor="end" fill="#b8c4d6">${esc(attribution.join(' · '))}</text>`,
    );
  out.push('</svg>');
  return out.join('\n');
}
