// The explorer's view and the embed's (core/embed/view.ts) translated into each other — one place for the mapping,
// both ways: the explorer's Embed button and Data links take its filters, language and layout to the embed and the
// API; an embed's «Open in Pobratim» link and oEmbed of an explorer link come back in the explorer's own URL format
// (url-state.ts: year, undated=0, tab=map — not the API's to, undated=exclude, layout=map).
// The embed has no minimum-ties, expand, dismiss, path or zoom state (they stay in the explorer's own link); the
// explorer shows ties as of a year, so an embed's `from` and its link cap do not travel back.
import { EMBED_DEFAULTS, embedParams, type EmbedView } from '../embed/view.ts';
import { agreementKinds } from '../schemas/common.schema.ts';
import { queryToState, stateToQuery } from './url-state.ts';
import { currentYear, defaultState, type ViewState } from './view-state.ts';

export function embedViewOf(s: ViewState): Partial<EmbedView> {
  const kinds = agreementKinds(s.kinds); // the explorer's URL may carry a kind the API does not know
  return {
    focus: s.focus ?? undefined,
    depth: s.depth,
    country: s.countries.length ? s.countries : undefined,
    kind: kinds.length ? kinds : undefined,
    to: s.year < currentYear() ? s.year : undefined,
    undated: s.undated ? 'include' : 'exclude',
    lang: s.lang,
    layout: s.tab === 'map' ? 'map' : 'force',
    colour: s.colourBy,
  };
}

/** The explorer's view of an embed's: the same filters, language and layout, the focused city selected (its
 *  details open, as after a search). */
export function explorerStateOf(v: EmbedView): ViewState {
  const s = defaultState();
  s.lang = v.lang;
  if (v.layout === 'map') s.tab = 'map';
  s.colourBy = v.colour;
  if (v.to !== undefined) s.year = Math.min(v.to, s.year);
  s.undated = v.undated === 'include';
  s.countries = v.country ?? [];
  s.kinds = v.kind ?? [];
  if (v.focus) ((s.focus = v.focus), (s.selected = v.focus), (s.depth = v.depth));
  return s;
}

/** The explorer's URL for an embed's view (its «Open in Pobratim» link). */
export function explorerPath(v: EmbedView): string {
  const q = stateToQuery(explorerStateOf(v));
  return q ? `/?${q}` : '/';
}

/** The same with the embed's defaults for the rest (link cap, controls). */
export const fullEmbedViewOf = (s: ViewState): EmbedView => ({ ...EMBED_DEFAULTS, ...embedViewOf(s) });

/** An explorer link's query as the embed's view (oEmbed of a link copied from the explorer, its og:image). */
export const embedViewOfExplorer = (query: string): EmbedView => fullEmbedViewOf(queryToState(query));

/** The same as the embed's query parameters. */
export const embedQueryOfExplorer = (query: string): Record<string, string> =>
  Object.fromEntries(embedParams(embedViewOfExplorer(query)));
