// The look a graph export carries for Gephi (GEXF viz:color and viz:size): the explorer's own country colours
// (core/style/country-colours.ts — one colour per country in every view, export and embed) and its node size,
// which grows with the square root of the ties.
import { countryColour } from '../../core/style/country-colours.ts';

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

/** A country's colour: the same as everywhere else, whatever else the export holds. */
export const exportColour = (country: string | null): Rgb => rgb(countryColour(country));

/** The explorer's radius at zoom 1 for a node with this many ties. */
export function nodeSize(ties: number): number {
  return Math.round((2 + 1.6 * Math.sqrt(ties)) * 100) / 100;
}
