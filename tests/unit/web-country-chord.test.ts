// The country view's matrix: the countries with most ties as groups, the rest folded into one "other countries"
// group, each group's row summing to its ties (a tie inside a group counted once), every tie in exactly one cell.
import { describe, expect, it } from 'vitest';
import { countryChord, OTHER } from '../../web/src/model/country-chord.ts';
import { pickKey, pickOf } from '../../web/src/model/country-pick.ts';
import { queryToState, stateToQuery } from '../../core/view/url-state.ts';

const pair = (a: string, b: string, ties: number) => ({ a, b, ties });
const countries = (...ranked: Array<[string, number]>) =>
  ranked.map(([country, ties]) => ({ country, ties, partners: [], decades: [], undated: 0, central: [] }));

describe('countryChord', () => {
  const view = {
    // RU 10+4+3+1 = 18 ties, BY 10+2+1 = 13, DE 4+2+1 = 7, FR 3+1+1 = 5, IT 1+1 = 2 (one inside), ES 1
    pairs: [
      pair('BY', 'RU', 10),
      pair('DE', 'RU', 4),
      pair('FR', 'RU', 3),
      pair('BY', 'DE', 2),
      pair('RU', 'RU', 1),
      pair('BY', 'FR', 1),
      pair('IT', 'IT', 1),
      pair('DE', 'IT', 1),
      pair('ES', 'FR', 1),
    ],
    countries: countries(['RU', 18], ['BY', 13], ['DE', 7], ['FR', 5], ['IT', 2], ['ES', 1]),
  };

  it('keeps every country when they are few', () => {
    const c = countryChord(view, 14);
    expect(c.groups.map((g) => g.key)).toEqual(['RU', 'BY', 'DE', 'FR', 'IT', 'ES']);
    expect(c.ties).toBe(24);
    expect(c.matrix[0]![1]).toBe(10);
    expect(c.matrix[1]![0]).toBe(10);
    expect(c.matrix[0]![0]).toBe(1);
    expect(c.groups.map((g) => g.ties)).toEqual([18, 13, 7, 5, 2, 1]);
  });

  it('folds the countries past the top into "other countries", keeping every tie once', () => {
    const c = countryChord(view, 3);
    expect(c.groups.map((g) => g.key)).toEqual(['RU', 'BY', 'DE', OTHER]);
    expect(c.groups[3]!.countries).toEqual(['FR', 'IT', 'ES']);
    expect(c.matrix[0]![3]).toBe(3); // RU–FR
    expect(c.matrix[3]![3]).toBe(2); // IT–IT and ES–FR, inside the folded group
    const cells = c.matrix.flatMap((row, i) => row.filter((_, j) => j >= i)).reduce((s, v) => s + v, 0);
    expect(cells).toBe(c.ties);
    expect(c.ties).toBe(view.pairs.reduce((s, p) => s + p.ties, 0));
  });

  it('keeps Russia and Belarus as groups of their own even when they are not in the top', () => {
    const few = { ...view, countries: countries(['DE', 9], ['FR', 8], ['RU', 3], ['BY', 2], ['IT', 1], ['ES', 1]) };
    const c = countryChord(few, 3);
    expect(c.groups.map((g) => g.key)).toEqual(['DE', 'RU', 'BY', OTHER]);
    expect(c.groups.at(-1)!.countries).toEqual(['FR', 'IT', 'ES']);
  });

  it('does not fold a single country into a group of its own', () => {
    expect(countryChord(view, 5).groups.map((g) => g.key)).toEqual(['RU', 'BY', 'DE', 'FR', 'IT', 'ES']);
  });
});

describe('the pick in the URL', () => {
  const view = {
    pairs: [pair('BY', 'RU', 10), pair('DE', 'RU', 4), pair('FR', 'RU', 3), pair('ES', 'FR', 1)],
    countries: countries(['RU', 17], ['BY', 10], ['DE', 4], ['FR', 4], ['ES', 1]),
  };
  const folded = countryChord(view, 3); // RU, BY, DE, other (FR, ES)
  it('names a country, a pair, "other" and a pair with it, and reads them back', () => {
    for (const key of ['BY', 'BY-RU', 'RU-RU', 'other', 'RU-other', '?']) {
      const p = pickOf(key, folded)!;
      expect(p, key).not.toBeNull();
      expect(pickKey(p, folded), key).toBe(key);
    }
    expect(pickOf('RU-other', folded)).toEqual({ kind: 'pair', a: ['RU'], b: ['FR', 'ES'] });
    expect(pickOf('other', countryChord(view, 14))).toBeNull(); // nothing folded: no "other"
  });
  it('travels as pick= on the Countries tab only; a malformed one is ignored', () => {
    const s = queryToState('tab=countries&pick=BY-RU');
    expect(s.countryPick).toBe('BY-RU');
    expect(stateToQuery(s)).toContain('pick=BY-RU');
    expect(stateToQuery({ ...s, tab: 'network' })).not.toContain('pick');
    for (const bad of ['russia', 'RU-BY-DE', 'ru', 'RU-'])
      expect(queryToState(`tab=countries&pick=${bad}`).countryPick, bad).toBeNull();
  });
});
