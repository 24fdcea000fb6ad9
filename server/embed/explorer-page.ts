// The explorer's page (the built web/index.html) with what crawlers and CMSs read before any script runs: the
// oEmbed discovery <link> for this very URL and an og:image snapshot of the focused city (or the whole network).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IdSchema } from '../schemas/common.schema.ts';
import { esc } from '../../web/embed/svg.ts';

let cached: { file: string; html: string } | undefined;

function template(webRoot: string): string | undefined {
  const file = join(webRoot, 'index.html');
  if (cached?.file === file) return cached.html;
  if (!existsSync(file)) return undefined;
  cached = { file, html: readFileSync(file, 'utf8') };
  return cached.html;
}

export function renderExplorerPage(webRoot: string, origin: string, pageUrl: string, focus: unknown): string | undefined {
  const html = template(webRoot);
  if (!html) return undefined;
  const city = IdSchema.safeParse(focus);
  const image = `${origin}/api/snapshot.png${city.success ? `?focus=${encodeURIComponent(city.data)}` : ''}`;
  const oembed = `${origin}/api/oembed?${new URLSearchParams({ url: pageUrl, format: 'json' })}`;
  const head = [
    `<link rel="alternate" type="application/json+oembed" href="${esc(oembed)}" title="Побратим">`,
    `<meta property="og:type" content="website"><meta property="og:url" content="${esc(pageUrl)}">`,
    `<meta property="og:image" content="${esc(image)}"><meta property="og:image:width" content="1200"><meta property="og:image:height" content="630">`,
  ].join('\n    ');
  return html.replace('</head>', `    ${head}\n  </head>`);
}
