// What a view shows, said once for every picture of it: the title of the explorer's PNG/SVG export, of the embed
// and of its snapshot («Сеть городов-побратимов: Беларусь, Россия · по 1995 г.»), and the stem of a file name that
// says the same in safe characters (pobratim-ru-kaluga-BY-RU-to1995). Pure: the filters in, words out.
import type { Lang } from '../schemas/common.schema.ts';
import { WORDS } from '../i18n/embed-words.ts';
import { countryName } from '../i18n/names.ts';

/** The filters a title speaks of (the embed's view and the API's graph query both have them). */
export interface TitledView {
  focus?: string | undefined;
  country?: readonly string[] | undefined;
  kind?: readonly string[] | undefined;
  from?: number | undefined;
  to?: number | undefined;
  undated?: 'include' | 'exclude' | undefined;
}

const COUNTRIES_LISTED = 3;
const ALL_KINDS = 3;

const TITLE = {
  ru: {
    more: (n: number) => `и ещё ${n}`,
    range: (a: number, b: number) => `${a}–${b}`,
    from: (a: number) => `с ${a} г.`,
    to: (b: number) => `по ${b} г.`,
    datedOnly: 'только связи с датой',
  },
  en: {
    more: (n: number) => `and ${n} more`,
    range: (a: number, b: number) => `${a}–${b}`,
    from: (a: number) => `from ${a}`,
    to: (b: number) => `to ${b}`,
    datedOnly: 'dated ties only',
  },
} as const;

function countriesText(codes: readonly string[], lang: Lang): string {
  const names = [...codes].map((c) => countryName(c, lang)).sort((a, b) => a.localeCompare(b, lang));
  const shown = names.slice(0, COUNTRIES_LISTED).join(', ');
  return names.length > COUNTRIES_LISTED ? `${shown} ${TITLE[lang].more(names.length - COUNTRIES_LISTED)}` : shown;
}

/** The view's own title: the focus (by its name) or the network, its countries, kinds, years and dated-only. */
export function viewTitle(v: TitledView, lang: Lang, focusName?: string): string {
  const w = WORDS[lang],
    t = TITLE[lang];
  const countries = v.country?.length ? countriesText(v.country, lang) : '';
  const head = v.focus
    ? `${w.focusTitle(focusName ?? v.focus)}${countries ? ` (${countries})` : ''}`
    : countries
      ? `${w.networkTitle}: ${countries}`
      : w.networkTitle;
  const tail: string[] = [];
  const kinds = [...new Set(v.kind ?? [])];
  if (kinds.length && kinds.length < ALL_KINDS) tail.push(kinds.map((k) => w.kinds[k] ?? k).join(', '));
  if (v.from !== undefined && v.to !== undefined) tail.push(t.range(v.from, v.to));
  else if (v.from !== undefined) tail.push(t.from(v.from));
  else if (v.to !== undefined) tail.push(t.to(v.to));
  if (v.undated === 'exclude') tail.push(t.datedOnly);
  return [head, ...tail].join(' · ');
}

/** A file name's stem for the view: pobratim-ru-kaluga-BY-RU-to1995-dated — letters, digits and hyphens only
 *  (the data exports' names, server/export, and the explorer's PNG and SVG share it). */
export function viewFileStem(v: TitledView): string {
  const parts = ['pobratim'];
  if (v.focus) parts.push(v.focus);
  if (v.country?.length) parts.push([...v.country].sort().join('-'));
  if (v.kind?.length) parts.push(v.kind.join('-'));
  if (v.from !== undefined) parts.push(`from${v.from}`);
  if (v.to !== undefined) parts.push(`to${v.to}`);
  if (v.undated === 'exclude') parts.push('dated');
  return parts
    .join('-')
    .replace(/[^A-Za-z0-9-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/-$/, '')
    .slice(0, 120);
}
