// The Analytics tab's country ties (issue 18 §3, a first cut of the matrix): the country pairs of the view's
// filters with the most ties; a pair's button shows those two countries' ties in the network.
import type { CountryTies } from '../../../core/schemas/analytics.schema.ts';
import { countryName } from '../../../core/i18n/names.ts';
import type { Lang } from '../../../core/view/view-state.ts';
import { aw } from '../i18n/analytics-strings.ts';
import { h } from './dom.ts';

const SHOWN = 20;

export function renderCountryPairs(view: CountryTies, lang: Lang, show: (a: string, b: string) => void): HTMLElement {
  const name = (c: string) => (c === '?' ? countryName(null, lang) : countryName(c, lang));
  return h(
    'section',
    { class: 'country-pairs' },
    h('h3', {}, aw(lang, 'countryPairs')),
    h(
      'table',
      { class: 'analytics-table' },
      h('thead', {}, h('tr', {}, h('th', {}, aw(lang, 'countries')), h('th', {}, aw(lang, 'tiesCount')), h('th', {}))),
      h(
        'tbody',
        {},
        view.pairs
          .slice(0, SHOWN)
          .map((p) =>
            h(
              'tr',
              { 'data-pair': `${p.a}-${p.b}` },
              h('th', { scope: 'row' }, p.a === p.b ? name(p.a) : `${name(p.a)} – ${name(p.b)}`),
              h('td', { class: 'num' }, p.ties.toLocaleString(lang === 'ru' ? 'ru-RU' : 'en-GB')),
              h(
                'td',
                {},
                p.a === '?' || p.b === '?'
                  ? null
                  : h('button', { type: 'button', onclick: () => show(p.a, p.b) }, aw(lang, 'showInNetwork')),
              ),
            ),
          ),
      ),
    ),
  );
}
