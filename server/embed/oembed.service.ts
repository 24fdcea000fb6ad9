// oEmbed (https://oembed.com) for this site's explorer and embed URLs: a `rich` answer whose html is the
// responsive iframe, sized within maxwidth/maxheight, with the snapshot PNG as thumbnail.
import { AppError, NotFoundError } from '../errors/errors.ts';
import { EmbedQuerySchema, type Oembed } from '../../core/schemas/embed.schema.ts';
import { SNAPSHOT, esc } from '../../core/embed/svg.ts';
import { embedPath, snapshotPath } from '../../core/embed/view.ts';
import { embedQueryOfExplorer } from '../../core/view/embed-view.ts';
import { parseInput } from '../http/validate.ts';
import type { EmbedService } from './embed.service.ts';

const DEFAULT = { width: 640, height: 520 };

export async function oembed(
  embeds: EmbedService,
  origin: string,
  q: { url: string; maxwidth?: number | undefined; maxheight?: number | undefined; format: 'json' | 'xml' },
): Promise<Oembed> {
  if (q.format === 'xml') throw new AppError('not_implemented', 'Only format=json is served');
  let url: URL;
  try {
    url = new URL(q.url);
  } catch {
    throw new NotFoundError('embeddable page at', q.url);
  }
  if (url.origin !== origin || !['/', '/embed'].includes(url.pathname))
    throw new NotFoundError('embeddable page at', q.url);
  // A link copied from the explorer speaks its URL format (year, undated=0, tab=map); /embed links the API's.
  const query = url.pathname === '/' ? embedQueryOfExplorer(url.search) : Object.fromEntries(url.searchParams);
  const picture = await embeds.picture(parseInput(EmbedQuerySchema, query, 'query'));
  const width = Math.min(DEFAULT.width, q.maxwidth ?? Infinity);
  const height = Math.min(DEFAULT.height, q.maxheight ?? Infinity);
  const src = origin + embedPath(picture.view);
  return {
    type: 'rich',
    version: '1.0',
    title: picture.title,
    provider_name: 'Pobratim',
    provider_url: `${origin}/`,
    html: `<iframe src="${esc(src)}" width="${width}" height="${height}" style="border:0;max-width:100%" title="${esc(picture.description)}" loading="lazy"></iframe>`,
    width,
    height,
    thumbnail_url: origin + snapshotPath(picture.view, 'png'),
    thumbnail_width: SNAPSHOT.width,
    thumbnail_height: SNAPSHOT.height,
  };
}
