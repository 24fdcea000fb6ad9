// Names in the reader's language, shared by the explorer, the embeds and the server's pages: a place's name
// (the other language's, else its id, when one is missing), a country's (through Intl, no bundled list), plurals.
import type { Lang } from '../schemas/common.schema.ts';

export interface Named {
  id: string;
  nameRu: string | null;
  nameEn: string | null;
}

export function nameOf(n: Named, lang: Lang): string {
  return (lang === 'ru' ? (n.nameRu ?? n.nameEn) : (n.nameEn ?? n.nameRu)) ?? n.id;
}

// Intl objects are costly to build (locale data): one of each per language; names already looked up are kept
// (at most two languages × ~250 codes — the explorer's table asks 50,000 times).
const regionNames = new Map<Lang, Intl.DisplayNames>();
const pluralRules = new Map<Lang, Intl.PluralRules>();
const countryNames = new Map<string, string>();

/** A country's name from its ISO code; anything not a code as given; `unknown` when there is none. */
export function countryName(
  code: string | null,
  lang: Lang,
  unknown = lang === 'ru' ? 'страна неизвестна' : 'unknown country',
): string {
  if (!code) return unknown;
  if (!/^[A-Z]{2}$/.test(code)) return code;
  let name = countryNames.get(lang + code);
  if (name === undefined) {
    try {
      let names = regionNames.get(lang);
      if (!names) regionNames.set(lang, (names = new Intl.DisplayNames([lang], { type: 'region' })));
      name = names.of(code) ?? code;
    } catch {
      name = code;
    }
    countryNames.set(lang + code, name);
  }
  return name;
}

/** Picks the form for `n` by the language's plural rules (Russian: one / few / many). */
export function plural(
  lang: Lang,
  n: number,
  forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string },
): string {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)));
  const rule = rules.select(n);
  return forms[rule] ?? forms.other;
}
