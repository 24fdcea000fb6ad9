// The explorer's page (the built web/index.html) with what crawlers and CMSs read before any script runs: the
// oEmbed discovery <link> for this very URL and an og:image snapshot of the same view (filters, year, focus, map).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { esc } from '../../core/text/escape-markup.ts';
import { snapshotPath } from '../../core/embed/view.ts';
import { embedViewOfExplorer } from '../../core/view/embed-view.ts';

let cached: { file: string; html: string } | undefined;

function template(webRoot: string): string | undefined {
  const file = join(webRoot, 'index.html');
  if (cached?.file === file) return cached.html;
  if (!existsSync(file)) return undefined;
  cached = { file, html: readFileSync(file, 'utf8') };
  return cached.html;
}

/** `query`: the page URL's query, read as the explorer reads it (anything malformed is left out). */
export function renderExplorerPage(
  webRoot: string,
  origin: string,
  pageUrl: string,
  query: string,
): string | undefined {
  const html = template(webRoot);
  if (!html) return undefined;
  const image = origin + snapshotPath(embedViewOfExplorer(query), 'png');
  const oembed = `${origin}/api/oembed?${new URLSearchParams({ url: pageUrl, format: 'json' })}`;
  const head = [
    `<link rel="alternate" type="application/json+oembed" href="${esc(oembed)}" title="Побратим">`,
    `<meta property="og:type" content="website"><meta property="og:url" content="${esc(pageUrl)}">`,
    `<meta property="og:image" content="${esc(image)}"><meta property="og:image:width" content="1200"><meta property="og:image:height" content="630">`,
  ].join('\n    ');
  return html.replace('</head>', `    ${head}\n  </head>`);
}
