// Actions: every change of the view goes through `reduce`, a pure function (state, action) → state.
import type { ColourBy, SizeBy } from '../../../core/style/style-rules.ts';
import { type Lang, type Transform, type ViewState, FIRST_YEAR, currentYear } from '../../../core/view/view-state.ts';

export type Action =
  | { type: 'lang'; lang: Lang }
  | { type: 'tab'; tab: string }
  | { type: 'year'; year: number }
  | { type: 'undated'; show: boolean }
  | { type: 'countries'; countries: string[] }
  | { type: 'kinds'; kinds: string[] }
  | { type: 'minTies'; min: number }
  | { type: 'select'; id: string | null }
  | { type: 'focus'; id: string | null; depth?: number }
  | { type: 'depth'; depth: number }
  | { type: 'expand'; id: string }
  | { type: 'collapse'; id: string }
  | { type: 'dismiss'; id: string }
  | { type: 'dismissOthers'; keep: string; visible: string[] }
  | { type: 'path'; path: [string, string] | null }
  | { type: 'transform'; transform: Transform | null }
  | { type: 'style'; colourBy?: ColourBy; sizeBy?: SizeBy }
  | { type: 'countryPick'; pick: string | null }
  | { type: 'reset' }
  | { type: 'replace'; state: ViewState };

/** Actions that change which cities are explored; these are the ones `undo` steps back through. */
export const EXPLORE_ACTIONS = new Set<Action['type']>([
  'focus',
  'depth',
  'expand',
  'collapse',
  'dismiss',
  'dismissOthers',
  'path',
  'countries',
  'kinds',
  'minTies',
  'reset',
]);

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
const without = (xs: string[], x: string) => xs.filter((y) => y !== x);
const withOnce = (xs: string[], x: string) => (xs.includes(x) ? xs : [...xs, x]);

export function reduce(s: ViewState, a: Action): ViewState {
  switch (a.type) {
    case 'lang':
      return { ...s, lang: a.lang };
    case 'tab':
      return { ...s, tab: a.tab };
    case 'year':
      return { ...s, year: clamp(Math.round(a.year), FIRST_YEAR, currentYear()) };
    case 'undated':
      return { ...s, undated: a.show };
    case 'countries':
      return { ...s, countries: [...new Set(a.countries)].sort() };
    case 'kinds':
      return { ...s, kinds: [...new Set(a.kinds)].sort() };
    case 'minTies':
      return { ...s, minTies: clamp(Math.round(a.min), 0, 1000) };
    case 'style':
      return { ...s, colourBy: a.colourBy ?? s.colourBy, sizeBy: a.sizeBy ?? s.sizeBy };
    case 'countryPick':
      return s.countryPick === a.pick ? s : { ...s, countryPick: a.pick };
    case 'select':
      return { ...s, selected: a.id };
    case 'focus':
      return a.id === null
        ? { ...s, focus: null, expanded: [], dismissed: [], transform: null }
        : {
            ...s,
            focus: a.id,
            selected: a.id,
            depth: clamp(a.depth ?? s.depth, 1, 3),
            expanded: [],
            dismissed: without(s.dismissed, a.id),
            transform: null,
          };
    case 'depth':
      return { ...s, depth: clamp(a.depth, 1, 3) };
    case 'expand':
      return { ...s, expanded: withOnce(s.expanded, a.id), dismissed: without(s.dismissed, a.id) };
    case 'collapse':
      return { ...s, expanded: without(s.expanded, a.id) };
    case 'dismiss':
      return {
        ...s,
        dismissed: a.id === s.focus ? s.dismissed : withOnce(s.dismissed, a.id),
        expanded: without(s.expanded, a.id),
        selected: s.selected === a.id ? null : s.selected,
      };
    case 'dismissOthers':
      // The caller passes what is visible (the reducer has no graph); everything but `keep` and the focus goes.
      return {
        ...s,
        dismissed: [...new Set([...s.dismissed, ...a.visible.filter((id) => id !== a.keep && id !== s.focus)])],
        expanded: s.expanded.includes(a.keep) ? [a.keep] : [],
      };
    case 'path':
      return { ...s, path: a.path };
    case 'transform':
      return { ...s, transform: a.transform };
    case 'reset':
      return {
        ...s,
        focus: null,
        depth: 1,
        expanded: [],
        dismissed: [],
        path: null,
        selected: null,
        countries: [],
        kinds: [],
        minTies: 0,
        transform: null,
      };
    case 'replace':
      return a.state;
  }
}

export { FIRST_YEAR, currentYear };
