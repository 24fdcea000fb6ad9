// The whole view state of the explorer: what is shown, how, and what is selected. Plain data, so it serialises
// into the URL and a reducer can be tested headlessly.
import type { Lang } from '../schemas/common.schema.ts';
import type { ColourBy, SizeBy } from '../style/style-rules.ts';

export type { Lang };
export type Layout = 'network' | 'map';

export interface Transform {
  x: number;
  y: number;
  k: number;
}

export interface ViewState {
  lang: Lang;
  /** The active tab of the shell: network, map, forums, table, or any registered tab id. */
  tab: string;
  /** Ties are shown as of the end of this year (dated ties signed later are hidden). */
  year: number;
  /** Whether ties without a known date are shown; they are never given a year. */
  undated: boolean;
  /** Only ties with both ends in these countries (empty: all). */
  countries: string[];
  /** Only ties of these kinds (empty: all). */
  kinds: string[];
  /** Only places with at least this many shown ties. */
  minTies: number;
  /** The neighbourhood shown around this city (null: the whole network). */
  focus: string | null;
  depth: number;
  selected: string | null;
  /** Cities whose neighbours are added to the focused view. */
  expanded: string[];
  /** Cities removed from the view. */
  dismissed: string[];
  /** A shortest path asked for between two cities. */
  path: [string, string] | null;
  /** Zoom of the network/map canvas; null: fit to the view. */
  transform: Transform | null;
  /** The styling rules (core/style/style-rules.ts): what a place's colour and size say. */
  colourBy: ColourBy;
  sizeBy: SizeBy;
  /** The Countries tab's pick (`pick=` in the URL): a country (`BY`), a pair of sides (`RU-BY`, `BY-BY` the ties
   *  inside), or the countries folded into "other" (`other`); a side is a code, `?` (no country) or `other`. */
  countryPick: string | null;
}

export const FIRST_YEAR = 1990;
export const currentYear = (): number => new Date().getFullYear();

export function defaultState(): ViewState {
  return {
    lang: 'ru',
    tab: 'network',
    year: currentYear(),
    undated: true,
    countries: [],
    kinds: [],
    minTies: 0,
    focus: null,
    depth: 1,
    selected: null,
    expanded: [],
    dismissed: [],
    path: null,
    transform: null,
    colourBy: 'country',
    sizeBy: 'shown',
    countryPick: null,
  };
}

export const layoutOf = (s: ViewState): Layout => (s.tab === 'map' ? 'map' : 'network');
