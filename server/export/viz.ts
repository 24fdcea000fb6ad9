// The look a graph export carries for Gephi (GEXF viz:color and viz:size): the explorer's rule — the seven
// countries with most places in the export take the Okabe–Ito hues in order, every other country grey — and its
// node size, which grows with the square root of the ties. Keep in step with web/src/model/palette.ts.
import type { ExportNode } from './export.repository.ts';

const PALETTE = ['#E69F00', '#56B4E9', '#009E73', '#F0E442', '#0072B2', '#D55E00', '#CC79A7'];
const OTHER = '#9a9a9a';

export interface Rgb {
  r: number;
  g: number;
  b: number;
}

const rgb = (hex: string): Rgb => ({
  r: parseInt(hex.slice(1, 3), 16),
  g: parseInt(hex.slice(3, 5), 16),
  b: parseInt(hex.slice(5, 7), 16),
});

/** Country → colour for these nodes (ties between equally frequent countries broken by code). */
export function exportColours(nodes: readonly Pick<ExportNode, 'country'>[]): (country: string | null) => Rgb {
  const counts = new Map<string, number>();
  for (const n of nodes) if (n.country) counts.set(n.country, (counts.get(n.country) ?? 0) + 1);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([c]) => c);
  const colours = new Map(ranked.slice(0, PALETTE.length).map((c, i) => [c, rgb(PALETTE[i]!)]));
  const other = rgb(OTHER);
  return (country) => (country && colours.get(country)) || other;
}

/** The explorer's radius at zoom 1 for a node with this many ties. */
export function nodeSize(ties: number): number {
  return Math.round((2 + 1.6 * Math.sqrt(ties)) * 100) / 100;
}
