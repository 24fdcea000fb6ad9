// The embed code a journalist pastes: a responsive iframe plus the loader that sets its height from the
// embed's postMessage, and a plain fixed-size iframe for CMSs that strip scripts. Shared by the Embed dialog and
// oEmbed (whose html is the responsive snippet, so it resizes too). Pure, so it is unit-tested.
import { esc } from '../text/escape-markup.ts';
import { embedPath, type EmbedView } from './view.ts';

/** The snippets' height unless the journalist sets one: the embed's at a desktop column (the responsive one then
 *  follows the embed's own height; a plain iframe shorter than its embed scrolls, the credits stuck at its foot). */
export const DEFAULT_EMBED_HEIGHT = 520;

export interface SnippetOptions {
  origin: string;
  view: EmbedView;
  /** Initial (responsive) or fixed (plain) height in CSS pixels. */
  height: number;
  /** The generated description: the iframe's accessible name. */
  title: string;
  /** At most this wide (oEmbed's maxwidth); the responsive iframe otherwise takes its column's width. */
  maxWidth?: number | undefined;
}

export interface Snippet {
  url: string;
  responsive: string;
  plain: string;
}

export function embedSnippet({ origin, view, height, title, maxWidth }: SnippetOptions): Snippet {
  const url = origin + embedPath(view);
  const h = Math.round(Math.min(4000, Math.max(120, height)));
  const common = `src="${esc(url)}" title="${esc(title)}" aria-label="${esc(title)}" loading="lazy"`;
  return {
    url,
    responsive: `<iframe ${common} data-pobratim-embed style="width:100%;${maxWidth ? `max-width:${Math.round(maxWidth)}px;` : ''}height:${h}px;border:0"></iframe>\n<script async src="${esc(origin)}/embed.js"></script>`,
    plain: `<iframe ${common} width="640" height="${h}" style="border:0;max-width:100%"></iframe>`,
  };
}
