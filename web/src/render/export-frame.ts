// The frame around an exported picture (PNG and SVG alike): a band above with the view's title and what it counts,
// a band below with the legend of the colour rule (the rows and colours the screen's legend shows) and the data
// credits. Laid out once as a list of marks, then drawn on a canvas or written as SVG, so both files say the same.
import { esc } from '../../../core/text/escape-markup.ts';

export interface FrameText {
  title: string;
  /** What the picture counts and how it is coloured: «12 мест · 15 связей · цвет: страна». */
  subtitle: string;
  /** The colour rule's rows, as on screen (the first ones, then «ещё N»). */
  legend: readonly { label: string; colour: string }[];
  /** Rows left out of the legend (said as «+N»). */
  legendMore: number;
  /** Data credits: the source line and each licence credit of the data shown. */
  credits: readonly string[];
}

/** A mark of the band above the picture (y from the frame's top) or below it (y from the band's top). */
export type FrameMark = { band: 'top' | 'bottom'; x: number; y: number } & (
  | { kind: 'text'; size: number; bold: boolean; colour: string; text: string; role: string }
  | { kind: 'swatch'; r: number; colour: string }
);

export interface FrameLayout {
  width: number;
  /** Heights of the bands above and below the picture. */
  top: number;
  bottom: number;
  marks: FrameMark[];
}

export const FRAME_COLOURS = { title: '#eef2f7', muted: '#b8c4d6', rule: '#2a3648' } as const;
export const FRAME_FONT = 'system-ui, sans-serif';
const PAD = 12;

/** Words that fit `max` wide at `size`, broken into lines at spaces (a word longer than a line is cut). */
function wrap(text: string, max: number, size: number, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next, size, false) > max) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** Text width in CSS pixels for a font size (canvas measureText in the browser, an estimate elsewhere). */
export type Measure = (text: string, size: number, bold: boolean) => number;

export function layoutFrame(text: FrameText, width: number, measure: Measure): FrameLayout {
  const marks: FrameMark[] = [];
  const max = width - 2 * PAD;
  const put = (y: number, size: number, bold: boolean, colour: string, t: string, role: string, x = PAD) =>
    marks.push({
      band: role === 'title' || role === 'subtitle' ? 'top' : 'bottom',
      kind: 'text',
      x,
      y,
      size,
      bold,
      colour,
      text: t,
      role,
    });
  // Above: the title (up to two lines), then the counts and the rule.
  let y = PAD;
  for (const line of wrap(text.title, max, 18, measure).slice(0, 2))
    put((y += 20), 18, true, FRAME_COLOURS.title, line, 'title');
  if (text.subtitle) put((y += 18), 12, false, FRAME_COLOURS.muted, text.subtitle, 'subtitle');
  const top = y + PAD;
  // Below: the legend's swatches and labels in rows, then the credits, wrapped.
  let by = PAD + 8,
    x = PAD;
  const items = [
    ...text.legend.map((r) => ({ ...r, more: false })),
    ...(text.legendMore ? [{ label: `+${text.legendMore}`, colour: '', more: true }] : []),
  ];
  for (const item of items) {
    const w = (item.more ? 0 : 16) + measure(item.label, 12, false);
    if (x > PAD && x + w > width - PAD) ((x = PAD), (by += 18));
    if (!item.more) marks.push({ band: 'bottom', kind: 'swatch', x: x + 5, y: by, r: 5, colour: item.colour });
    put(by + 4, 12, false, FRAME_COLOURS.title, item.label, 'legend', x + (item.more ? 0 : 16));
    x += w + 14;
  }
  if (items.length) by += 12;
  for (const line of wrap(text.credits.join(' · '), max, 11, measure))
    put((by += 15), 11, false, FRAME_COLOURS.muted, line, 'credits');
  return { width, top, bottom: by + PAD, marks };
}

/** Draws the frame's marks at CSS-pixel coordinates (the caller sets the pixel ratio); the band below starts at
 *  `belowY`. */
export function drawFrame(ctx: CanvasRenderingContext2D, f: FrameLayout, belowY: number): void {
  for (const m of f.marks) {
    const y = m.y + (m.band === 'bottom' ? belowY : 0);
    if (m.kind === 'swatch') {
      ctx.fillStyle = m.colour;
      ctx.beginPath();
      ctx.arc(m.x, y, m.r, 0, 2 * Math.PI);
      ctx.fill();
    } else {
      ctx.font = `${m.bold ? 'bold ' : ''}${m.size}px ${FRAME_FONT}`;
      ctx.fillStyle = m.colour;
      ctx.textBaseline = 'alphabetic';
      ctx.textAlign = 'left';
      ctx.fillText(m.text, m.x, y);
    }
  }
  ctx.fillStyle = FRAME_COLOURS.rule;
  ctx.fillRect(0, f.top - 1, f.width, 1);
  ctx.fillRect(0, belowY, f.width, 1);
}

/** The frame around an SVG picture `inner` (a complete <svg> of `height`), in the same marks. */
export function frameSvg(f: FrameLayout, inner: string, height: number, background: string): string {
  const total = f.top + height + f.bottom;
  const marks = f.marks.map((m) => {
    const y = m.y + (m.band === 'bottom' ? f.top + height : 0);
    return m.kind === 'swatch'
      ? `<circle cx="${m.x}" cy="${y}" r="${m.r}" fill="${m.colour}"/>`
      : `<text class="frame-${m.role}" x="${m.x}" y="${y}" font-size="${m.size}"${m.bold ? ' font-weight="bold"' : ''} fill="${m.colour}">${esc(m.text)}</text>`;
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${f.width}" height="${total}" viewBox="0 0 ${f.width} ${total}" font-family="${FRAME_FONT}">`,
    `<title>${esc(f.marks.flatMap((m) => (m.kind === 'text' && m.role === 'title' ? [m.text] : [])).join(' '))}</title>`,
    `<rect width="${f.width}" height="${total}" fill="${background}"/>`,
    inner.replace('<svg ', `<svg x="0" y="${f.top}" `),
    ...marks,
    `<rect y="${f.top - 1}" width="${f.width}" height="1" fill="${FRAME_COLOURS.rule}"/><rect y="${f.top + height}" width="${f.width}" height="1" fill="${FRAME_COLOURS.rule}"/>`,
    '</svg>',
  ].join('\n');
}
