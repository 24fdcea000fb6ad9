// The Countries tab's pick (docs/analytics.md): what its side panel shows, and how the URL names it (the view
// state's `countryPick`, `pick=`): `BY` a country, `RU-BY` the ties between two sides (`BY-BY` those inside one),
// `other` the countries folded into "other countries"; a side is a country code, `?` (no country) or `other`.
import { OTHER, type CountryChord } from './country-chord.ts';

/** What the side panel shows: the ties between two sides, a country, or the countries folded into "other". */
export type Pick = { kind: 'pair'; a: string[]; b: string[] } | { kind: 'country'; code: string } | { kind: 'other' };

export const sameCountries = (x: string[], y: string[]) => x.length === y.length && y.every((c) => x.includes(c));

/** A pick as the URL says it (view-state.ts `countryPick`): a side is its one country or `other`. */
export function pickKey(p: Pick, model: CountryChord): string | null {
  if (p.kind === 'country') return p.code;
  if (p.kind === 'other') return 'other';
  const other = model.groups.find((g) => g.key === OTHER);
  const side = (codes: string[]) =>
    other && sameCountries(other.countries, codes) ? 'other' : codes.length === 1 ? codes[0]! : null;
  const [a, b] = [side(p.a), side(p.b)];
  return a && b ? `${a}-${b}` : null;
}

/** The pick a URL's key names in this chord; null when it names nothing there (no "other" group, say). */
export function pickOf(key: string | null, model: CountryChord): Pick | null {
  if (!key) return null;
  const other = model.groups.find((g) => g.key === OTHER)?.countries;
  if (key === 'other') return other ? { kind: 'other' } : null;
  const sides = key.split('-').map((x) => (x === 'other' ? other : [x]));
  if (sides.some((x) => !x)) return null;
  return sides.length === 1 ? { kind: 'country', code: key } : { kind: 'pair', a: sides[0]!, b: sides[1]! };
}
