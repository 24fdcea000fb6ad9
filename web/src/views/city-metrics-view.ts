// The details panel's "place in the network": the city's stored metrics and ranks, each with a line on what it
// means, marked as computed; or a note while the graph's last change is being taken in.
import type { CityMetricsAnswer } from '../../../core/schemas/analytics.schema.ts';
import type { Lang } from '../../../core/view/view-state.ts';
import { aw, type AnalyticsWord } from '../i18n/analytics-strings.ts';
import { h } from './dom.ts';

export function renderCityMetrics(a: CityMetricsAnswer, lang: Lang): HTMLElement {
  const section = h(
    'section',
    { class: 'city-metrics', 'aria-label': aw(lang, 'metrics') },
    h('h3', {}, aw(lang, 'metrics')),
  );
  const m = a.metrics;
  if (a.status !== 'fresh' || !m) {
    section.append(h('p', { class: 'muted' }, aw(lang, 'metricsComputing')));
    return section;
  }
  const fmt = (x: number, digits = 4) =>
    x.toLocaleString(lang === 'ru' ? 'ru-RU' : 'en-GB', { maximumSignificantDigits: digits });
  const rows: Array<[AnalyticsWord, string, AnalyticsWord]> = [
    ['degree', String(m.degree), 'degreeLine'],
    ['rankWorld', `${m.rankWorld}`, 'rankLine'],
    ['rankCountry', `${m.rankCountry} / ${a.countryPlaces ?? '?'}`, 'rankLine'],
    ['pagerank', fmt(m.pagerank), 'pagerankLine'],
    ['pagerankWeighted', fmt(m.pagerankWeighted), 'pagerankWeightedLine'],
    ['betweenness', fmt(m.betweenness), 'betweennessLine'],
    ['closeness', fmt(m.closeness), 'closenessLine'],
    ['community', `№ ${m.community}`, 'communityLine'],
  ];
  section.append(
    h(
      'dl',
      { class: 'metrics-list' },
      rows.flatMap(([name, value, line]) => [
        h('dt', {}, aw(lang, name)),
        h('dd', { 'data-metric': name }, h('strong', {}, value), ' — ', h('span', { class: 'muted' }, aw(lang, line))),
      ]),
    ),
    h('p', { class: 'muted' }, a.computed?.by ?? ''),
  );
  return section;
}
