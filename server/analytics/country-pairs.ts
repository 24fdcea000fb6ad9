// What lies behind a chord of the country view (issue 18 §3): the ties of a selection with one end in countries
// `a` and the other in countries `b` (a = b: the ties inside them), and one country's places with their ties —
// the same selection /api/graph answers for the same filters, so the counts are the chord's.
import type { CountryPairTies } from '../../core/schemas/country-analytics.schema.ts';
import type { GraphNode } from '../../core/schemas/graph.schema.ts';
import type { Selection } from './analytics-compute.ts';

type Listed = Omit<CountryPairTies, 'sources'>;

const key = (n: GraphNode | undefined) => n?.country ?? '?';
const ref = (n: GraphNode) => ({ id: n.id, nameRu: n.nameRu, nameEn: n.nameEn, country: n.country });
const label = (n: GraphNode) => n.nameEn ?? n.nameRu ?? n.id;

/** The ties between `a` and `b`, dated ones by date, then undated, then by the names of their ends; the first `max`. */
export function pairTies(selection: Selection, a: readonly string[], b: readonly string[], max: number): Listed {
  const nodes = new Map(selection.nodes.map((n) => [n.id, n]));
  const inA = new Set(a);
  const inB = new Set(b);
  const found: Listed['ties'] = [];
  for (const l of selection.links) {
    let x = nodes.get(l.source);
    let y = nodes.get(l.target);
    if (!x || !y) continue;
    if (!(inA.has(key(x)) && inB.has(key(y)))) {
      if (!(inA.has(key(y)) && inB.has(key(x)))) continue;
      [x, y] = [y, x];
    }
    // Within one side (a = b, or countries in both lists) the order is the names', so a listing is stable.
    if (inA.has(key(y)) && inB.has(key(x)) && label(y) < label(x)) [x, y] = [y, x];
    found.push({ id: l.id, a: ref(x), b: ref(y), kind: l.kind, date: l.date, year: l.year, sources: l.sources });
  }
  const name = (p: Listed['ties'][number]['a']) => p.nameEn ?? p.nameRu ?? p.id;
  found.sort(
    (x, y) =>
      (x.date === null ? 1 : 0) - (y.date === null ? 1 : 0) ||
      (x.date ?? '').localeCompare(y.date ?? '') ||
      name(x.a).localeCompare(name(y.a)) ||
      name(x.b).localeCompare(name(y.b)) ||
      x.id.localeCompare(y.id),
  );
  return { a: [...a], b: [...b], total: found.length, truncated: found.length > max, ties: found.slice(0, max) };
}

/** A country's places in the selection, each with its ties there, most first. */
export function countryPlaces(selection: Selection, country: string): Array<{ node: GraphNode; ties: number }> {
  const nodes = new Map(selection.nodes.map((n) => [n.id, n]));
  const ties = new Map<string, number>();
  for (const l of selection.links)
    for (const id of [l.source, l.target]) if (key(nodes.get(id)) === country) ties.set(id, (ties.get(id) ?? 0) + 1);
  return [...ties]
    .map(([id, t]) => ({ node: nodes.get(id)!, ties: t }))
    .sort((x, y) => y.ties - x.ties || (x.node.id < y.node.id ? -1 : 1));
}
