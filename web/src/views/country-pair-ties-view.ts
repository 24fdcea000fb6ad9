// The city pairs behind a chord (or a row of the pairs table): each tie's places in the reader's language, its
// year or «без даты», its kind and links to its sources; a button shows the pair's ties in the network.
import type { CountryPairTies } from '../../../core/schemas/country-analytics.schema.ts';
import { countryName, nameOf } from '../../../core/i18n/names.ts';
import { sourcePagePath, sourceTitle } from '../../../core/text/source-title.ts';
import type { Lang } from '../../../core/view/view-state.ts';
import { cw, tiesText } from '../i18n/country-strings.ts';
import { kindName } from '../i18n/strings.ts';
import { h } from './dom.ts';

export interface PairTiesActions {
  /** Null when the pair cannot be a filter (other countries, places without a country). */
  showInNetwork: (() => void) | null;
  select(id: string): void;
  download(format: 'csv' | 'json'): void;
}

export function renderPairTies(p: CountryPairTies, title: string, lang: Lang, on: PairTiesActions): HTMLElement {
  const sources = new Map(p.sources.map((s) => [s.id, s]));
  // A side of one country is named in the title; a side of several (other countries) names each place's.
  const place = (x: CountryPairTies['ties'][number]['a'], side: string[]) =>
    h(
      'td',
      {},
      h('button', { type: 'button', class: 'link', onclick: () => on.select(x.id) }, nameOf(x, lang)),
      side.length > 1 ? h('span', { class: 'muted' }, ` · ${countryName(x.country, lang)}`) : null,
    );
  return h(
    'section',
    { class: 'pair-ties', 'aria-live': 'polite' },
    h('h3', {}, cw(lang, 'listOf', { pair: title })),
    h(
      'p',
      {},
      tiesText(p.total, lang),
      p.truncated ? ` ${cw(lang, 'firstOf', { n: p.ties.length, total: p.total })}` : '',
    ),
    h(
      'div',
      { class: 'analytics-downloads' },
      on.showInNetwork
        ? h('button', { type: 'button', class: 'show-pair', onclick: on.showInNetwork }, cw(lang, 'showInNetwork'))
        : null,
      h('button', { type: 'button', class: 'pair-ties-csv', onclick: () => on.download('csv') }, cw(lang, 'csvTies')),
      h('button', { type: 'button', class: 'pair-ties-json', onclick: () => on.download('json') }, 'JSON'),
    ),
    h(
      'table',
      { class: 'analytics-table pair-ties-table' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ['cityA', 'cityB', 'year', 'sources'].map((k) =>
            h('th', { scope: 'col' }, cw(lang, k as 'cityA' | 'cityB' | 'year' | 'sources')),
          ),
        ),
      ),
      h(
        'tbody',
        {},
        p.ties.map((t) =>
          h(
            'tr',
            { 'data-tie': t.id },
            place(t.a, p.a),
            place(t.b, p.b),
            h(
              'td',
              { class: 'num' },
              t.year === null ? cw(lang, 'noDate') : String(t.year),
              h('div', { class: 'muted' }, kindName(lang, t.kind)),
            ),
            h(
              'td',
              {},
              t.sources.length
                ? t.sources.flatMap((id, i) => {
                    const s = sources.get(id);
                    return [
                      i ? ' ' : '',
                      h(
                        'a',
                        {
                          href: sourcePagePath(id, lang),
                          target: '_blank',
                          rel: 'noopener noreferrer',
                          class: 'source',
                          title: s ? sourceTitle(s) : cw(lang, 'source'),
                        },
                        s ? [s.publisher, s.date].filter(Boolean).join(', ') : id,
                      ),
                    ];
                  })
                : h('span', { class: 'muted' }, cw(lang, 'noSource')),
            ),
          ),
        ),
      ),
    ),
  );
}
