// The legend counts what is shown: places per country (palette colours, the rest as "other") and ties.
import { tr } from '../i18n/strings.ts';
import type { GraphModel } from '../model/graph-model.ts';
import { OTHER_COLOUR, countryName } from '../model/palette.ts';
import type { Visible } from '../model/visibility.ts';
import type { Lang } from '../../../core/view/view-state.ts';
import { h } from './dom.ts';

export interface LegendEntry {
  country: string | null;
  colour: string;
  count: number;
}

/** Shown places by palette country, then one "other" entry. Pure. */
export function legendEntries(
  model: GraphModel,
  visible: Visible,
  colours: ReadonlyMap<string, string>,
): LegendEntry[] {
  const counts = new Map<string, number>();
  let other = 0;
  for (const i of visible.nodes) {
    const c = model.nodes[i]!.country;
    if (c && colours.has(c)) counts.set(c, (counts.get(c) ?? 0) + 1);
    else other++;
  }
  const entries: LegendEntry[] = [...colours.entries()]
    .filter(([c]) => counts.get(c))
    .map(([c, colour]) => ({ country: c, colour, count: counts.get(c)! }));
  entries.sort((a, b) => b.count - a.count);
  if (other) entries.push({ country: null, colour: OTHER_COLOUR, count: other });
  return entries;
}

export function renderLegend(
  model: GraphModel,
  visible: Visible,
  colours: ReadonlyMap<string, string>,
  lang: Lang,
  forumHosts = 0,
): HTMLElement {
  return h(
    'div',
    { class: 'legend' },
    h(
      'p',
      { class: 'totals' },
      `${visible.nodes.length} ${tr(lang, 'places')} · ${visible.links.length} ${tr(lang, 'ties')}`,
    ),
    forumHosts
      ? h(
          'p',
          { class: 'forum-key' },
          h('span', { class: 'diamond', 'aria-hidden': 'true' }, '◇'),
          ` ${tr(lang, 'forumHosts')} `,
          h('span', { class: 'count' }, forumHosts),
        )
      : null,
    h(
      'ul',
      {},
      legendEntries(model, visible, colours).map((e) =>
        h(
          'li',
          { 'data-country': e.country ?? 'other' },
          h('span', { class: 'swatch', style: `background:${e.colour}` }),
          `${e.country ? countryName(e.country, lang) : tr(lang, 'other')} `,
          h('span', { class: 'count' }, e.count),
        ),
      ),
    ),
  );
}
