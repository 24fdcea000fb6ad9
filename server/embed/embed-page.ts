// Renders /embed from the Vite-built template (web/embed.html) with the view's values: title, description,
// og:image, the oEmbed discovery link, the <noscript> snapshot and the chrome (legend, credits, link back).
// Every value is escaped; the view reaches the script as JSON in a non-executed <script type=application/json>.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { WORDS } from '../../core/i18n/embed-words.ts';
import { KIND_STYLE, colourLegend, esc, forumKeySvg } from '../../core/embed/svg.ts';
import { embedPath, snapshotPath } from '../../core/embed/view.ts';
import { explorerPath } from '../../core/view/embed-view.ts';
import type { EmbedPicture } from './embed.service.ts';

/** Without a build the page still works: chrome and the snapshot, no script. */
const FALLBACK =
  '<!doctype html><html lang="ru"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><!--embed:head--></head><body><!--embed:body--></body></html>';

const templates = new Map<string, string>();
function template(webRoot: string): string {
  const file = join(webRoot, 'embed.html');
  let t = templates.get(file);
  if (t === undefined) {
    t = existsSync(file) ? readFileSync(file, 'utf8') : FALLBACK;
    if (existsSync(file)) templates.set(file, t);
  }
  return t;
}

const json = (v: unknown) => JSON.stringify(v).replace(/</g, '\\u003c');

export function renderEmbedPage(p: EmbedPicture, origin: string, webRoot: string): string {
  const w = WORDS[p.view.lang];
  const pageUrl = origin + embedPath(p.view);
  const oembed = `${origin}/api/oembed?${new URLSearchParams({ url: pageUrl, format: 'json' })}`;
  const head = [
    `<title>${esc(p.title)}</title>`,
    `<meta name="description" content="${esc(p.description)}">`,
    `<meta property="og:type" content="website"><meta property="og:title" content="${esc(p.title)}">`,
    `<meta property="og:description" content="${esc(p.description)}">`,
    `<meta property="og:url" content="${esc(pageUrl)}">`,
    `<meta property="og:image" content="${esc(origin + snapshotPath(p.view, 'png'))}"><meta property="og:image:width" content="1200"><meta property="og:image:height" content="630">`,
    `<meta name="twitter:card" content="summary_large_image">`,
    `<link rel="alternate" type="application/json+oembed" href="${esc(oembed)}" title="${esc(p.title)}">`,
    `<script type="application/json" id="pobratim-view">${json({ ...p.view, pinnedAt: p.pinnedAt ?? null })}</script>`,
    // The data and the server's layout travel with the page: the first render needs no further request.
    `<script type="application/json" id="pobratim-data">${json({ graph: p.graph, forums: p.forums, positions: Object.fromEntries(p.positions), baseMap: p.baseMap })}</script>`,
  ].join('\n    ');
  const kinds = [...new Set(p.graph.links.map((l) => l.kind))].sort();
  // The colour key first (the explorer's colours and words), its first values open, then the line key.
  const rows = colourLegend(p.graph, p.view.colour, p.view.lang);
  const shown = rows.length <= 7 ? rows : rows.slice(0, 6);
  const colourKey =
    shown
      .map(
        (r) =>
          `<li data-key="${esc(r.key ?? 'none')}"><span class="swatch" style="background:${r.colour}"></span>${esc(r.label)}</li>`,
      )
      .join('') + (rows.length > shown.length ? `<li class="more">+${rows.length - shown.length}</li>` : '');
  const legend =
    colourKey +
    kinds
      .map((k) => {
        const s = KIND_STYLE[k] ?? KIND_STYLE.cooperation!;
        return `<li><svg width="26" height="8" aria-hidden="true"><line x1="0" y1="4" x2="26" y2="4" stroke="${s.stroke}" stroke-width="${s.width + 1}"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''}/></svg>${esc(w.kinds[k] ?? k)}</li>`;
      })
      .join('') +
    (p.forums.length
      ? `<li class="forum-key"><svg width="18" height="18" aria-hidden="true">${forumKeySvg(9, 9)}</svg>${esc(w.forumKey)}</li>`
      : '');
  const credits = [w.source, ...p.graph.attribution, ...(p.pinnedAt ? [w.asOf(p.pinnedAt.slice(0, 10))] : [])];
  const body = `<main class="embed" data-controls="${p.view.controls}">
    <h1 class="title">${esc(p.title)}</h1>${p.view.subtitle ? `\n    <p class="subtitle">${esc(p.view.subtitle)}</p>` : ''}
    <div class="stage" id="stage" data-hint="${esc(w.hint)}">
      <noscript><img class="snapshot" src="${esc(snapshotPath(p.view, 'svg'))}" alt="${esc(p.description)}" width="1200" height="630"></noscript>
    </div>
    <p class="desc" id="desc">${esc(p.description)}</p>
    <ul class="legend">${legend}</ul>${p.view.note ? `\n    <p class="note">${esc(p.view.note)}</p>` : ''}
    <footer class="credits"><span id="credits">${credits.map(esc).join(' · ')}</span>
      <a id="open-link" href="${esc(origin + explorerPath(p.view))}" target="_blank" rel="noopener">${esc(w.open)} ↗</a></footer>
    <p class="sr-only" id="live" aria-live="polite"></p>
  </main>`;
  return template(webRoot)
    .replace('<html lang="ru">', `<html lang="${p.view.lang}">`)
    .replace('<!--embed:head-->', () => head)
    .replace('<!--embed:body-->', () => body);
}
