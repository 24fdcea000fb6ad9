// The country view's downloads as CSV (RFC 4180, a header row, names in the reader's language beside the codes):
// the country pairs, one country's summary, the city pairs behind a chord. JSON downloads are the API's answers.
import type { CountryTies } from '../../../core/schemas/analytics.schema.ts';
import type { CountryPairTies, CountrySummary } from '../../../core/schemas/country-analytics.schema.ts';
import { countryName, nameOf } from '../../../core/i18n/names.ts';
import type { Lang } from '../../../core/view/view-state.ts';

type Cell = string | number | null;

export function toCsv(rows: Cell[][]): string {
  const cell = (v: Cell) => {
    const s = v === null ? '' : String(v);
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return rows.map((r) => r.map(cell).join(',')).join('\n') + '\n';
}

const country = (code: string | null, lang: Lang) => (code === '?' ? countryName(null, lang) : countryName(code, lang));

export function countryPairsCsv(view: CountryTies, lang: Lang): string {
  return toCsv([
    ['country_a', 'country_b', 'name_a', 'name_b', 'ties'],
    ...view.pairs.map((p) => [p.a, p.b, country(p.a, lang), country(p.b, lang), p.ties]),
  ]);
}

/** One table of the summary's parts: `part` says which (total, undated, partner, decade, central). */
export function countrySummaryCsv(s: CountrySummary, lang: Lang): string {
  return toCsv([
    ['part', 'key', 'name', 'ties', 'pagerank', 'rank_country', 'rank_world'],
    ['total', s.country, country(s.country, lang), s.ties, null, null, null],
    ['undated', s.country, country(s.country, lang), s.undated, null, null, null],
    ...s.partners.map((p) => ['partner', p.country, country(p.country, lang), p.ties, null, null, null]),
    ...s.decades.map((d) => ['decade', d.decade, `${d.decade}s`, d.ties, null, null, null]),
    ...s.central.places.map((c) => [
      `central_by_${s.central.by}`,
      c.id,
      nameOf(c, lang),
      c.ties,
      c.pagerank,
      c.rankCountry,
      c.rankWorld,
    ]),
  ]);
}

export function pairTiesCsv(p: CountryPairTies, lang: Lang, sourceUrl: (id: string) => string): string {
  return toCsv([
    ['place_a', 'country_a', 'place_b', 'country_b', 'kind', 'date', 'sources', 'tie'],
    ...p.ties.map((t) => [
      nameOf(t.a, lang),
      t.a.country,
      nameOf(t.b, lang),
      t.b.country,
      t.kind,
      t.date,
      t.sources.map(sourceUrl).join(' '),
      t.id,
    ]),
  ]);
}
