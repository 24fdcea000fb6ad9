// The country view's words (issue 18 §3, docs/analytics.md), Russian first; kept beside analytics-strings.ts so
// the view's lines stay in one place.
import { plural } from '../../../core/i18n/names.ts';
import type { Lang } from '../../../core/view/view-state.ts';

const words = {
  ru: {
    tab: 'Страны',
    title: 'Связи между странами',
    scope:
      'Связи мест разных стран (и внутри одной страны) по фильтрам стран, видов, года и окрестности. Ширина дуги — все связи страны, ширина ленты — связи между двумя странами.',
    chordLabel: 'Хордовая диаграмма связей между странами',
    chordSummary:
      'Показаны {n} стран с наибольшим числом связей{other}; всего {ties}. Больше всего связей: {top}. Все пары — в таблице ниже.',
    otherNote: ' и «другие страны» ({k}) одной группой',
    other: 'другие страны',
    otherCountries: 'Другие страны ({k}): {list}.',
    hint: 'Наведите на ленту или дугу или выберите её клавишей Tab; щелчок или Enter — города за лентой или сведения о стране.',
    pairs: 'Пары стран',
    countries: 'Страны',
    ties: 'Связей',
    list: 'Города',
    listOf: 'Пары городов: {pair}',
    showInNetwork: 'Показать в сети',
    showAll: 'Показать все ({n})',
    cityA: 'Место',
    cityB: 'Партнёр',
    year: 'Год',
    noDate: 'без даты',
    sources: 'Источники',
    source: 'источник',
    noSource: 'нет источника',
    firstOf: 'Показаны первые {n} из {total}.',
    loading: 'Загрузка…',
    partners: 'Страны-партнёры',
    decades: 'Связи по десятилетиям (с известной датой)',
    decadeAxis: 'десятилетие',
    undated: 'Ещё {n} без даты — они не попадают ни в одно десятилетие.',
    allDated: 'У всех связей известна дата.',
    centralPagerank: 'Самые центральные места (по PageRank всей сети)',
    centralTies: 'Места с наибольшим числом связей',
    centralTiesNote: 'PageRank для текущего графа ещё вычисляется — пока порядок по числу связей в выборке.',
    rankIn: '№ {n} в стране',
    countrySummary: '{ties} в выборке, {places}.',
    computed: 'Подсчитано по графу, а не взято из источника: {by}.',
    choose: 'Выберите ленту (пару стран) или дугу (страну) на диаграмме или в таблице.',
    empty: 'В выборке нет связей.',
    csvPairs: 'CSV пар стран',
    jsonPairs: 'JSON',
    csvCountry: 'CSV страны',
    jsonCountry: 'JSON страны',
    csvTies: 'CSV пар городов',
    actions: 'Действия',
  },
  en: {
    tab: 'Countries',
    title: 'Ties between countries',
    scope:
      'Ties between places of different countries (and inside one) by the country, kind, year and neighbourhood filters. An arc is as wide as all the country’s ties, a ribbon as the ties between two countries.',
    chordLabel: 'Chord diagram of the ties between countries',
    chordSummary:
      'The {n} countries with the most ties are shown{other}; {ties} in all. Most tied: {top}. Every pair is in the table below.',
    otherNote: ', and “other countries” ({k}) as one group',
    other: 'other countries',
    otherCountries: 'Other countries ({k}): {list}.',
    hint: 'Hover a ribbon or an arc, or reach it with Tab; click or Enter lists the city pairs behind it or shows the country.',
    pairs: 'Country pairs',
    countries: 'Countries',
    ties: 'Ties',
    list: 'Cities',
    listOf: 'City pairs: {pair}',
    showInNetwork: 'Show in the network',
    showAll: 'Show all ({n})',
    cityA: 'Place',
    cityB: 'Partner',
    year: 'Year',
    noDate: 'undated',
    sources: 'Sources',
    source: 'source',
    noSource: 'no source',
    firstOf: 'The first {n} of {total} are listed.',
    loading: 'Loading…',
    partners: 'Partner countries',
    decades: 'Ties by decade (dated ones)',
    decadeAxis: 'decade',
    undated: '{n} more are undated — they fall in no decade.',
    allDated: 'Every tie has a date.',
    centralPagerank: 'Most central places (by PageRank of the whole network)',
    centralTies: 'Places with the most ties',
    centralTiesNote:
      'PageRank of the current graph is still being computed — ordered by ties in the selection for now.',
    rankIn: 'no. {n} in the country',
    countrySummary: '{ties} in the selection, {places}.',
    computed: 'Counted from the graph, not taken from a source: {by}.',
    choose: 'Pick a ribbon (a pair of countries) or an arc (a country) in the diagram or the table.',
    empty: 'The selection has no ties.',
    csvPairs: 'CSV of the pairs',
    jsonPairs: 'JSON',
    csvCountry: 'CSV of the country',
    jsonCountry: 'JSON of the country',
    csvTies: 'CSV of the city pairs',
    actions: 'Actions',
  },
};

export type CountryWord = keyof (typeof words)['en'];

export function cw(lang: Lang, key: CountryWord, vars: Record<string, string | number> = {}): string {
  return words[lang][key].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
}

export const formatCount = (n: number, lang: Lang) => n.toLocaleString(lang === 'ru' ? 'ru-RU' : 'en-GB');

/** "1 234 связи" / "1,234 ties". */
export function tiesText(n: number, lang: Lang): string {
  const word =
    lang === 'ru'
      ? plural(lang, n, { one: 'связь', few: 'связи', many: 'связей', other: 'связи' })
      : plural(lang, n, { one: 'tie', other: 'ties' });
  return `${formatCount(n, lang)} ${word}`;
}

/** "12 мест" / "12 places". */
export function placesText(n: number, lang: Lang): string {
  const word =
    lang === 'ru'
      ? plural(lang, n, { one: 'место', few: 'места', many: 'мест', other: 'места' })
      : plural(lang, n, { one: 'place', other: 'places' });
  return `${formatCount(n, lang)} ${word}`;
}
