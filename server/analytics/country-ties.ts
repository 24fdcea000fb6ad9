// How countries are tied to each other in a selection (issue 18 §3): the country-to-country matrix as pairs with
// their counts, and for each country its partner countries ranked, its ties per decade (dated ties only, undated
// counted apart) and its places with the most ties. Places without a country count under "?".
import type { CountryTies } from '../../core/schemas/analytics.schema.ts';
import type { Selection } from './analytics-compute.ts';

type Summary = Omit<CountryTies['countries'][number], 'partners' | 'decades' | 'central'> & {
  partners: Map<string, number>;
  decades: Map<number, number>;
  degree: Map<string, number>;
};

export function countryTies(selection: Selection): Omit<CountryTies, 'computed'> {
  const countryOf = new Map(selection.nodes.map((n) => [n.id, n.country ?? '?']));
  const pairs = new Map<string, { a: string; b: string; ties: number }>();
  const summaries = new Map<string, Summary>();
  const summary = (country: string) => {
    let s = summaries.get(country);
    if (!s) {
      s = { country, ties: 0, undated: 0, partners: new Map(), decades: new Map(), degree: new Map() };
      summaries.set(country, s);
    }
    return s;
  };
  const bump = <K>(m: Map<K, number>, k: K) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const l of selection.links) {
    const ends = [l.source, l.target].map((id) => ({ id, country: countryOf.get(id) ?? '?' }));
    const [a, b] = ends.map((e) => e.country).sort() as [string, string];
    const key = `${a} ${b}`;
    pairs.set(key, { a, b, ties: (pairs.get(key)?.ties ?? 0) + 1 });
    const countries = a === b ? [a] : [a, b];
    for (const c of countries) {
      const s = summary(c);
      s.ties++;
      bump(s.partners, c === a ? b : a);
      if (l.year === null) s.undated++;
      else bump(s.decades, Math.floor(l.year / 10) * 10);
    }
    for (const e of ends) bump(summary(e.country).degree, e.id);
  }
  const ranked = <K>(m: Map<K, number>) => [...m].sort((x, y) => y[1] - x[1] || (String(x[0]) < String(y[0]) ? -1 : 1));
  return {
    pairs: [...pairs.values()].sort((x, y) => y.ties - x.ties || (x.a + x.b < y.a + y.b ? -1 : 1)),
    countries: [...summaries.values()]
      .sort((x, y) => y.ties - x.ties || (x.country < y.country ? -1 : 1))
      .map(({ degree, partners, decades, ...s }) => ({
        ...s,
        partners: ranked(partners).map(([country, ties]) => ({ country, ties })),
        decades: [...decades].sort((x, y) => x[0] - y[0]).map(([decade, ties]) => ({ decade, ties })),
        central: ranked(degree)
          .slice(0, 5)
          .map(([id, d]) => ({ id, degree: d })),
      })),
  };
}
