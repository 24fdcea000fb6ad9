// The standalone picture of a view (og:image size, 1200×630): its title (and the journalist's subtitle), the graph
// drawn by svg.ts (over the base map for a map layout), the colour and line keys, the note and the credits — which
// are never cut. The server rasterises it to PNG with resvg (server/embed/png.ts).
import type { Graph } from '../schemas/graph.schema.ts';
import { WORDS } from '../i18n/embed-words.ts';
import { BOX, type Point } from './layout.ts';
import { COLOUR_RULES } from '../style/style-rules.ts';
import { esc } from '../text/escape-markup.ts';
import { FONT, KIND_STYLE, colourLegend, forumKeySvg, graphMarkup, textWidth, type DrawOptions } from './svg.ts';

export interface SnapshotText {
  title: string;
  /** The journalist's line under the title and note above the credits (the embed's `subtitle`, `note`). */
  subtitle?: string | undefined;
  note?: string | undefined;
  description: string;
  attribution: string[];
  footer: string;
}

/** Parts joined with « · » into lines that fit `max` at `size` (a part longer than a line gets a line of its own). */
function lines(parts: readonly string[], size: number, max: number): string[] {
  const out: string[] = [];
  for (const part of parts) {
    const last = out.at(-1);
    if (last !== undefined && textWidth(`${last} · ${part}`, size) <= max) out[out.length - 1] = `${last} · ${part}`;
    else out.push(part);
  }
  return out.length ? out : [''];
}

/** `s` cut with «…» to fit `max` units at `size` (by the same width estimate as the labels). */
function fitText(s: string, size: number, max: number, bold = false): string {
  if (textWidth(s, size, bold) <= max) return s;
  let n = Math.floor(max / (size * (bold ? 0.66 : 0.6))) - 1;
  while (n > 0 && textWidth(s.slice(0, n) + '…', size, bold) > max) n--;
  return s.slice(0, Math.max(0, n)).trimEnd() + '…';
}
export const SNAPSHOT = { width: 1200, height: 630 } as const;

/** A standalone picture (og:image size): title, the graph, a kind legend, and the source/attribution line. */
export function snapshotSvg(
  graph: Graph,
  pos: Map<string, Point>,
  opts: Omit<DrawOptions, 'interactive'>,
  text: SnapshotText,
): string {
  const { width, height } = SNAPSHOT;
  // The subtitle widens the band above, the note the band below (each one line, cut to fit).
  // Credits are never cut: their parts go on as many lines as they need.
  const creditLines = lines([text.footer, ...text.attribution], 13, width - 60);
  const sub = text.subtitle ? 28 : 0,
    nb = (text.note ? 24 : 0) + (creditLines.length - 1) * 17;
  const top = 70 + sub,
    bottom = 105 + nb;
  const scale = Math.min(width / BOX.width, (height - top - bottom) / BOX.height);
  const dx = (width - BOX.width * scale) / 2;
  const kinds = [...new Set(graph.links.map((l) => l.kind))].sort();
  // The colour key above the line key: the first values of the rule (as many as fit a line), then «+N».
  const rows = colourLegend(graph, opts.colourBy ?? 'country', opts.lang);
  let cx = 30;
  const swatches: string[] = [];
  for (const [i, r] of rows.entries()) {
    const wdt = 26 + textWidth(r.label, 14);
    if (cx + wdt > width - 90) {
      swatches.push(
        `<text x="${cx}" y="${height - 75 - nb}" font-family="${FONT}" font-size="14" fill="#555">+${rows.length - i}</text>`,
      );
      break;
    }
    swatches.push(
      `<circle cx="${cx + 7}" cy="${height - 80 - nb}" r="7" fill="${r.colour}"/><text x="${cx + 20}" y="${height - 75 - nb}" font-family="${FONT}" font-size="14" fill="#333">${esc(r.label)}</text>`,
    );
    cx += wdt + 14;
  }
  const legend = kinds.map((k, i) => {
    const s = KIND_STYLE[k] ?? KIND_STYLE.cooperation!;
    const x = 30 + i * 190;
    return `<line x1="${x}" y1="${height - 52 - nb}" x2="${x + 30}" y2="${height - 52 - nb}" stroke="${s.stroke}" stroke-width="${s.width + 1}"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''}/><text x="${x + 38}" y="${height - 47 - nb}" font-family="${FONT}" font-size="15" fill="#333">${esc(WORDS[opts.lang].kinds[k] ?? k)}</text>`;
  });
  if (opts.forums?.length) {
    const x = 30 + legend.length * 190;
    legend.push(
      `${forumKeySvg(x + 15, height - 52 - nb)}<text x="${x + 38}" y="${height - 47 - nb}" font-family="${FONT}" font-size="15" fill="#333">${esc(WORDS[opts.lang].forumKey)}</text>`,
    );
  }
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${esc(text.description)}">`,
    `<title>${esc(text.title)}</title><desc>${esc(text.description)}</desc>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text class="title" x="30" y="48" font-family="${FONT}" font-size="30" font-weight="700" fill="#1b2631">${esc(fitText(text.title, 30, width - 60, true))}</text>`,
    text.subtitle
      ? `<text class="subtitle" x="30" y="${48 + sub}" font-family="${FONT}" font-size="18" fill="#444">${esc(fitText(text.subtitle, 18, width - 60))}</text>`
      : '',
    `<g class="graph" transform="translate(${dx},${top}) scale(${scale})">${graphMarkup(graph, pos, { ...opts, interactive: false })}</g>`,
    `<g class="colour-key" aria-label="${esc(COLOUR_RULES[opts.colourBy ?? 'country'].name[opts.lang])}">${swatches.join('')}</g>`,
    legend.join(''),
    text.note
      ? `<text class="note" x="30" y="${height - 44 - (creditLines.length - 1) * 17}" font-family="${FONT}" font-size="15" font-style="italic" fill="#333">${esc(fitText(text.note, 15, width - 60))}</text>`
      : '',
    ...creditLines.map(
      (line, i) =>
        `<text class="credits" x="30" y="${height - 18 - (creditLines.length - 1 - i) * 17}" font-family="${FONT}" font-size="13" fill="#555">${esc(line)}</text>`,
    ),
    `</svg>`,
  ].join('');
}
