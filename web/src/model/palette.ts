// Colour by country with a colour-blind-safe palette (Okabe & Ito, 2008): the countries with most places SHOWN get
// the seven distinct hues, every other country the neutral grey, which the legend names "other". Shown, not in the
// whole graph: filtered to Russia–Belarus or focused on Kaluga, the world's most twinned countries (USA, Germany…)
// would take every hue and leave Russia and Belarus grey.
import { countryName as sharedCountryName } from '../../../core/i18n/names.ts';
import type { Lang } from '../../../core/schemas/common.schema.ts';

export const PALETTE = ['#E69F00', '#56B4E9', '#009E73', '#F0E442', '#0072B2', '#D55E00', '#CC79A7'] as const;
export const OTHER_COLOUR = '#9a9a9a';

export function countryColours(countriesByFrequency: readonly string[]): Map<string, string> {
  return new Map(countriesByFrequency.slice(0, PALETTE.length).map((c, i) => [c, PALETTE[i]!]));
}

export function colourOf(colours: ReadonlyMap<string, string>, country: string | null): string {
  return (country && colours.get(country)) || OTHER_COLOUR;
}

/** Country display name (core/i18n/names.ts), with the table's word for a missing country. */
export const countryName = (code: string | null, lang: Lang): string =>
  sharedCountryName(code, lang, lang === 'ru' ? 'неизвестно' : 'unknown');
