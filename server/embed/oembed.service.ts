// oEmbed (https://oembed.com) for this site's explorer and embed URLs: a `rich` answer whose html is the
// responsive snippet (the iframe and the loader that sets its height from the embed's own, growing or shrinking
// it), sized within maxwidth/maxheight, with the snapshot PNG as thumbnail.
import { AppError, NotFoundError } from '../errors/errors.ts';
import { EmbedQuerySchema, type Oembed } from '../../core/schemas/embed.schema.ts';
import { DEFAULT_EMBED_HEIGHT, embedSnippet } from '../../core/embed/snippet.ts';
import { SNAPSHOT } from '../../core/embed/snapshot.ts';
import { snapshotPath } from '../../core/embed/view.ts';
import { embedQueryOfExplorer } from '../../core/view/embed-view.ts';
import { parseInput } from '../http/validate.ts';
import type { EmbedService } from './embed.service.ts';

const DEFAULT = { width: 640, height: DEFAULT_EMBED_HEIGHT };

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
  return {
    type: 'rich',
    version: '1.0',
    title: picture.title,
    provider_name: 'Pobratim',
    provider_url: `${origin}/`,
    html: embedSnippet({ origin, view: picture.view, height, title: picture.description, maxWidth: width }).responsive,
    width,
    height,
    thumbnail_url: origin + snapshotPath(picture.view, 'png'),
    thumbnail_width: SNAPSHOT.width,
    thumbnail_height: SNAPSHOT.height,
  };
}
