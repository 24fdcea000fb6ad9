// The words of a city's profile (partners by country, ties over time, forums, cities like it) and of the styling
// rules that read computed metrics, Russian first. Kept apart from strings.ts so the feature's words sit together.
import type { Lang } from '../../../core/view/view-state.ts';

const ru = {
  metricsMissing: 'метрики ещё не вычислены для этого графа — места нарисованы нейтрально',
  profile: 'Профиль города',
  byCountry: 'Партнёры по странам',
  byCountryLine: 'Сколько городов каждой страны связаны с этим; у каждой связи — её источники.',
  partnersList: 'Партнёры и источники',
  overTime: 'Связи по годам',
  overTimeLine: 'Датированные связи по году первого соглашения.',
  undated: 'без даты: {n}',
  noDated: 'Датированных связей нет.',
  forums: 'Форумы',
  forumHost: 'принимал',
  forumGuest: 'участвовал',
  noForums: 'В форумах городов-побратимов России и Беларуси не отмечен.',
  similar: 'Похожие по положению в сети',
  similarLine:
    'Вычислено Pobratim: косинусное сходство множеств партнёров (чем больше общих партнёров при меньшем их числе, тем ближе). Это не связи и не факты.',
  similarNone: 'Похожих нет: ни с кем нет общих партнёров.',
  shared: 'общие партнёры',
  tied: 'уже побратим',
  score: 'сходство',
  otherCountries: 'другие',
};

const en: Record<keyof typeof ru, string> = {
  metricsMissing: 'metrics not computed yet for this graph — places drawn neutral',
  profile: "City's profile",
  byCountry: 'Partners by country',
  byCountryLine: 'How many cities of each country are tied to this one; each tie carries its sources.',
  partnersList: 'Partners and sources',
  overTime: 'Ties over time',
  overTimeLine: 'Dated ties by the year of their first agreement.',
  undated: 'undated: {n}',
  noDated: 'No dated ties.',
  forums: 'Forums',
  forumHost: 'host',
  forumGuest: 'took part',
  noForums: 'Not recorded at the forums of twin cities of Russia and Belarus.',
  similar: 'Cities like it by network position',
  similarLine:
    'Computed by Pobratim: cosine similarity of the sets of partners (more partners shared out of fewer partners is closer). Not ties, not facts.',
  similarNone: 'None alike: it shares no partner with any city.',
  shared: 'shared partners',
  tied: 'already twinned',
  score: 'similarity',
  otherCountries: 'other',
};

export type ProfileWord = keyof typeof ru;

export function pw(lang: Lang, key: ProfileWord, vars: Record<string, string | number> = {}): string {
  return (lang === 'ru' ? ru : en)[key].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
}
