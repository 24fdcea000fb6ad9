// The explorer's view as the embed understands it (web/embed/view.ts): the data filters, language and layout.
// The embed has no minimum-ties, expand or dismiss state; those stay in the explorer's own link.
import type { EmbedView } from '../../embed/view.ts';
import { currentYear, type ViewState } from '../state/view-state.ts';

export function embedViewOf(s: ViewState): Partial<EmbedView> {
  return {
    focus: s.focus ?? undefined,
    depth: s.depth,
    country: s.countries.length ? s.countries : undefined,
    kind: s.kinds.length ? s.kinds : undefined,
    to: s.year < currentYear() ? s.year : undefined,
    undated: s.undated ? 'include' : 'exclude',
    lang: s.lang,
    layout: s.tab === 'map' ? 'map' : 'force',
  };
}
