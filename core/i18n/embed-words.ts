// Words of the embed in its two languages, and the name/plural helpers the description and drawing share.
export type Lang = 'ru' | 'en';

export const WORDS = {
  ru: {
    networkTitle: 'Сеть городов-побратимов',
    focusTitle: (city: string) => `${city} — города-побратимы`,
    kinds: { twinning: 'побратимство', partnership: 'партнёрство', cooperation: 'сотрудничество' } as Record<string, string>,
    undated: 'без даты',
    open: 'Открыть в «Побратиме»',
    source: 'Источник: «Побратим»',
    asOf: (d: string) => `Данные зафиксированы ${d}`,
    hint: 'Нажмите на схему, чтобы масштабировать колесом',
    zoomIn: 'Приблизить', zoomOut: 'Отдалить', reset: 'Сбросить масштаб',
    graphLabel: 'Схема связей; стрелки переходят между городами, Enter — подробности',
    tiesOf: (city: string) => `${city}: связи на схеме —`,
    noTies: 'Нет связей для этого вида.',
    more: (n: number) => `и ещё ${n}`,
    truncated: 'Показана часть сети.',
    forumsShown: 'Форумы городов-побратимов на схеме:',
    forumKey: 'форум городов-побратимов (номер)',
    forumsOf: 'форумы:',
    yearUnknown: 'год неизвестен',
  },
  en: {
    networkTitle: 'Twin-city network',
    focusTitle: (city: string) => `${city} — twin cities`,
    kinds: { twinning: 'twinning', partnership: 'partnership', cooperation: 'cooperation' } as Record<string, string>,
    undated: 'undated',
    open: 'Open in Pobratim',
    source: 'Source: Pobratim',
    asOf: (d: string) => `Data as of ${d}`,
    hint: 'Click the graph to zoom with the wheel',
    zoomIn: 'Zoom in', zoomOut: 'Zoom out', reset: 'Reset zoom',
    graphLabel: 'Graph of ties; arrow keys move between cities, Enter gives details',
    tiesOf: (city: string) => `${city}: ties shown —`,
    noTies: 'No ties in this view.',
    more: (n: number) => `and ${n} more`,
    truncated: 'Only part of the network is shown.',
    forumsShown: 'Twin-city forums shown:',
    forumKey: 'twin-city forum (edition)',
    forumsOf: 'forums:',
    yearUnknown: 'year unknown',
  },
} as const;

export interface Named { id: string; nameRu: string | null; nameEn: string | null }

export function nameOf(n: Named, lang: Lang): string {
  return (lang === 'ru' ? n.nameRu ?? n.nameEn : n.nameEn ?? n.nameRu) ?? n.id;
}

// Intl objects are costly to build (locale data): one of each per language.
const regionNames = new Map<Lang, Intl.DisplayNames>();
const pluralRules = new Map<Lang, Intl.PluralRules>();

export function countryName(code: string | null, lang: Lang): string {
  if (!code) return lang === 'ru' ? 'страна неизвестна' : 'unknown country';
  try {
    let names = regionNames.get(lang);
    if (!names) regionNames.set(lang, (names = new Intl.DisplayNames([lang], { type: 'region' })));
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/** Picks the form for `n` by the language's plural rules (Russian: one / few / many). */
export function plural(lang: Lang, n: number, forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }): string {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)));
  const rule = rules.select(n);
  return forms[rule] ?? forms.other;
}
