// One colour per country, the same in every view, filter, year, tab, export and embed: Russia and Belarus, the
// countries every journey starts from, are fixed; every other country takes a hue derived from its ISO code alone
// (never from what happens to be shown, which made Belarus change colour when the year slider moved).
// The hues are Okabe & Ito's colour-blind-safe set (2008) widened with muted Tableau hues; grey means "no value".

export const RUSSIA_COLOUR = '#E69F00';
export const BELARUS_COLOUR = '#56B4E9';
/** No country (or, for the other rules, no value): the legend names it. */
export const NO_VALUE_COLOUR = '#9a9a9a';

const FIXED: Readonly<Record<string, string>> = { RU: RUSSIA_COLOUR, BY: BELARUS_COLOUR };

/** The hues the other countries share, none of them Russia's, Belarus's or the no-value grey. */
export const COUNTRY_HUES = [
  '#009E73',
  '#F0E442',
  '#0072B2',
  '#D55E00',
  '#CC79A7',
  '#9C755F',
  '#76B7B2',
  '#E15759',
  '#B6992D',
  '#8CD17D',
  '#7B5EA7',
] as const;

/** A country's colour from its code: fixed for RU and BY, else a hash of the two letters into COUNTRY_HUES. */
export function countryColour(code: string | null): string {
  if (!code) return NO_VALUE_COLOUR;
  const fixed = FIXED[code];
  if (fixed) return fixed;
  let h = 0;
  for (let i = 0; i < code.length; i++) h = (h * 31 + code.charCodeAt(i)) >>> 0;
  return COUNTRY_HUES[h % COUNTRY_HUES.length]!;
}
