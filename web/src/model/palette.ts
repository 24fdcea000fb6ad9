// Colour by country with a colour-blind-safe palette (Okabe & Ito, 2008): the countries with most places SHOWN get
// the seven distinct hues, every other country the neutral grey, which the legend names "other". Shown, not in the
// whole graph: filtered to Russia–Belarus or focused on Kaluga, the world's most twinned countries (USA, Germany…)
// would take every hue and leave Russia and Belarus grey.
export const PALETTE = ['#E69F00', '#56B4E9', '#009E73', '#F0E442', '#0072B2', '#D55E00', '#CC79A7'] as const;
export const OTHER_COLOUR = '#9a9a9a';

export function countryColours(countriesByFrequency: readonly string[]): Map<string, string> {
  return new Map(countriesByFrequency.slice(0, PALETTE.length).map((c, i) => [c, PALETTE[i]!]));
}

export function colourOf(colours: ReadonlyMap<string, string>, country: string | null): string {
  return (country && colours.get(country)) || OTHER_COLOUR;
}

/** Country display name: ISO codes through Intl (no bundled list), anything else as given. */
/** Names already looked up, per language and code (at most two languages × ~250 codes): the table asks 50,000 times. */
const names = new Map<string, string>();

export function countryName(code: string | null, lang: 'ru' | 'en'): string {
  if (!code) return lang === 'ru' ? 'неизвестно' : 'unknown';
  if (!/^[A-Z]{2}$/.test(code)) return code;
  let name = names.get(lang + code);
  if (name === undefined) {
    try {
      name = new Intl.DisplayNames([lang], { type: 'region' }).of(code) ?? code;
    } catch {
      name = code;
    }
    names.set(lang + code, name);
  }
  return name;
}
