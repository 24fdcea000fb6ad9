// The country view's matrix (issue 18 §3): the `top` countries with the most ties, each a group, and every other
// country folded into one "other countries" group, so a world of ~150 countries stays readable. A group's row sums
// to its ties (a tie inside a group counted once, on the diagonal), as d3-chord lays arcs out by row sums.
import type { CountryTies } from '../../../core/schemas/analytics.schema.ts';

export const OTHER = 'other';

export interface ChordGroup {
  /** A country code, `?` (no known country) or OTHER. */
  key: string;
  /** The countries it stands for: one, or the folded ones. */
  countries: string[];
  ties: number;
}

export interface CountryChord {
  groups: ChordGroup[];
  /** matrix[i][j]: ties between groups i and j (symmetric; the diagonal holds the ties inside a group). */
  matrix: number[][];
  ties: number;
}

/** Russia and Belarus, where every journey starts, are always groups of their own when they have ties (on the world
 *  Belarus is far from the top 14), in place of the last of the top. */
export const PINNED = ['RU', 'BY'];

export function countryChord(view: Pick<CountryTies, 'pairs' | 'countries'>, top = 14): CountryChord {
  const ranked = view.countries; // most ties first (the API's order)
  let shown = ranked;
  if (ranked.length > top + 1) {
    const pinned = ranked.filter((c) => PINNED.includes(c.country));
    const rest = ranked.filter((c) => !PINNED.includes(c.country)).slice(0, top - pinned.length);
    shown = ranked.filter((c) => pinned.includes(c) || rest.includes(c)); // in the API's order
  }
  const folded = ranked.filter((c) => !shown.includes(c)).map((c) => c.country);
  const groups: ChordGroup[] = shown.map((c) => ({ key: c.country, countries: [c.country], ties: 0 }));
  if (folded.length) groups.push({ key: OTHER, countries: folded, ties: 0 });
  const index = new Map<string, number>();
  groups.forEach((g, i) => g.countries.forEach((c) => index.set(c, i)));
  const matrix = groups.map(() => groups.map(() => 0));
  let ties = 0;
  for (const p of view.pairs) {
    const i = index.get(p.a);
    const j = index.get(p.b);
    if (i === undefined || j === undefined) continue;
    ties += p.ties;
    matrix[i]![j]! += p.ties;
    if (i !== j) matrix[j]![i]! += p.ties;
  }
  groups.forEach((g, i) => (g.ties = matrix[i]!.reduce((s, v) => s + v, 0)));
  return { groups, matrix, ties };
}

/** The groups' countries as the pairs API takes them (`a`, `b`): a group's own countries, comma-separated. */
export const groupCodes = (g: ChordGroup): string => g.countries.join(',');
