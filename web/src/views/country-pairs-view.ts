// The country view's table of country pairs, most ties first: the chord diagram's accessible alternative, and
// every pair (not only the chord's groups). A row lists its city pairs; its other button shows them in the network.
import type { CountryTies } from '../../../core/schemas/analytics.schema.ts';
import { countryName } from '../../../core/i18n/names.ts';
import type { Lang } from '../../../core/view/view-state.ts';
import { cw, formatCount } from '../i18n/country-strings.ts';
import { h } from './dom.ts';

const SHOWN = 20;

export interface CountryPairsActions {
  list(a: string, b: string): void;
  show(a: string, b: string): void;
  download(format: 'csv' | 'json'): void;
}

export function renderCountryPairs(view: CountryTies, lang: Lang, on: CountryPairsActions): HTMLElement {
  const name = (c: string) => (c === '?' ? countryName(null, lang) : countryName(c, lang));
  const body = h('tbody', {});
  const fill = (n: number) =>
    body.replaceChildren(
      ...view.pairs
        .slice(0, n)
        .map((p) =>
          h(
            'tr',
            { 'data-pair': `${p.a}-${p.b}` },
            h('th', { scope: 'row' }, p.a === p.b ? name(p.a) : `${name(p.a)} – ${name(p.b)}`),
            h('td', { class: 'num' }, formatCount(p.ties, lang)),
            h(
              'td',
              { class: 'row-actions' },
              h('button', { type: 'button', class: 'list-pair', onclick: () => on.list(p.a, p.b) }, cw(lang, 'list')),
              p.a === '?' || p.b === '?'
                ? null
                : h(
                    'button',
                    { type: 'button', class: 'show-pair', onclick: () => on.show(p.a, p.b) },
                    cw(lang, 'showInNetwork'),
                  ),
            ),
          ),
        ),
    );
  fill(SHOWN);
  const more =
    view.pairs.length > SHOWN
      ? h(
          'button',
          { type: 'button', class: 'show-all-pairs', onclick: () => (fill(view.pairs.length), more?.remove()) },
          cw(lang, 'showAll', { n: formatCount(view.pairs.length, lang) }),
        )
      : null;
  return h(
    'section',
    { class: 'country-pairs' },
    h('h3', {}, cw(lang, 'pairs')),
    h(
      'div',
      { class: 'analytics-downloads' },
      h('button', { type: 'button', id: 'country-pairs-csv', onclick: () => on.download('csv') }, cw(lang, 'csvPairs')),
      h(
        'button',
        { type: 'button', id: 'country-pairs-json', onclick: () => on.download('json') },
        cw(lang, 'jsonPairs'),
      ),
    ),
    h(
      'table',
      { class: 'analytics-table' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, cw(lang, 'countries')),
          h('th', { scope: 'col' }, cw(lang, 'ties')),
          h('th', { scope: 'col' }, h('span', { class: 'sr-only' }, cw(lang, 'actions'))),
        ),
      ),
      body,
    ),
    more,
  );
}
