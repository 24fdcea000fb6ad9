// One country of the country view: its partner countries ranked (bars in their colours), its dated ties per decade
// (d3 bars; the undated counted apart in words) and its most central places — by the stored PageRank when it is
// of the graph as it is now, else by ties, and the heading says which. Everything here is counted, not sourced.
import type { CountrySummary } from '../../../core/schemas/country-analytics.schema.ts';
import { countryName, nameOf } from '../../../core/i18n/names.ts';
import { countryColour } from '../../../core/style/country-colours.ts';
import type { Lang } from '../../../core/view/view-state.ts';
import { cw, formatCount, placesText, tiesText } from '../i18n/country-strings.ts';
import { renderDecadeChart } from './decade-chart.ts';
import { h } from './dom.ts';

const PARTNERS_SHOWN = 12;

export interface CountryPanelActions {
  partner(code: string): void;
  select(id: string): void;
  /** Null for `?` (no country to filter by). */
  showInNetwork: (() => void) | null;
  download(format: 'csv' | 'json'): void;
}

const name = (code: string, lang: Lang) => countryName(code === '?' ? null : code, lang);
const colour = (code: string) => countryColour(code === '?' ? null : code);

export function renderCountryPanel(s: CountrySummary, lang: Lang, on: CountryPanelActions): HTMLElement {
  const top = s.partners[0]?.ties ?? 1;
  const partners = s.partners.slice(0, PARTNERS_SHOWN);
  const byRank = s.central.by === 'pagerank';
  const number = (x: number) => x.toLocaleString(lang === 'ru' ? 'ru-RU' : 'en-GB', { maximumSignificantDigits: 3 });
  return h(
    'section',
    { class: 'country-panel', 'data-country': s.country, 'aria-live': 'polite' },
    h('h3', {}, h('span', { class: 'swatch', style: `background:${colour(s.country)}` }), name(s.country, lang)),
    h('p', {}, cw(lang, 'countrySummary', { ties: tiesText(s.ties, lang), places: placesText(s.places, lang) })),
    h(
      'div',
      { class: 'analytics-downloads' },
      on.showInNetwork
        ? h('button', { type: 'button', class: 'show-country', onclick: on.showInNetwork }, cw(lang, 'showInNetwork'))
        : null,
      h('button', { type: 'button', class: 'country-csv', onclick: () => on.download('csv') }, cw(lang, 'csvCountry')),
      h(
        'button',
        { type: 'button', class: 'country-json', onclick: () => on.download('json') },
        cw(lang, 'jsonCountry'),
      ),
    ),
    h('h4', {}, cw(lang, 'partners')),
    h(
      'ol',
      { class: 'partner-bars' },
      partners.map((p) =>
        h(
          'li',
          { 'data-partner': p.country },
          h(
            'button',
            { type: 'button', class: 'link', onclick: () => on.partner(p.country) },
            p.country === s.country
              ? `${name(p.country, lang)} (${lang === 'ru' ? 'внутри' : 'inside'})`
              : name(p.country, lang),
          ),
          h(
            'span',
            { class: 'bar-track' },
            h('span', { class: 'bar', style: `width:${(100 * p.ties) / top}%;background:${colour(p.country)}` }),
          ),
          h('span', { class: 'num' }, formatCount(p.ties, lang)),
        ),
      ),
    ),
    s.partners.length > PARTNERS_SHOWN
      ? h(
          'p',
          { class: 'muted' },
          `+ ${formatCount(s.partners.length - PARTNERS_SHOWN, lang)} ${cw(lang, 'countries').toLowerCase()}`,
        )
      : null,
    h('h4', {}, cw(lang, 'decades')),
    renderDecadeChart(s.decades, colour(s.country), lang),
    h(
      'p',
      { class: 'undated-note' },
      s.undated ? cw(lang, 'undated', { n: formatCount(s.undated, lang) }) : cw(lang, 'allDated'),
    ),
    h('h4', {}, cw(lang, byRank ? 'centralPagerank' : 'centralTies')),
    byRank ? null : h('p', { class: 'muted' }, cw(lang, 'centralTiesNote')),
    h(
      'ol',
      { class: 'central-places', 'data-by': s.central.by },
      s.central.places.map((c) =>
        h(
          'li',
          { 'data-place': c.id },
          h('button', { type: 'button', class: 'link', onclick: () => on.select(c.id) }, nameOf(c, lang)),
          h(
            'span',
            { class: 'muted' },
            byRank && c.pagerank !== null
              ? ` · PageRank ${number(c.pagerank)}${c.rankCountry ? `, ${cw(lang, 'rankIn', { n: c.rankCountry })}` : ''} · ${tiesText(c.ties, lang)}`
              : ` · ${tiesText(c.ties, lang)}`,
          ),
        ),
      ),
    ),
    h('p', { class: 'muted' }, cw(lang, 'computed', { by: s.computed.by })),
  );
}
