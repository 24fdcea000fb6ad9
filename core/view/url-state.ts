// The view state in the URL query: short keys, defaults omitted, unknown or malformed values ignored (a pasted
// link never breaks the page). Format documented in docs/explorer.md#url-format.
import { isColourBy, isSizeBy } from '../style/style-rules.ts';
import { type ViewState, FIRST_YEAR, currentYear, defaultState } from './view-state.ts';

const ID = /^[a-z0-9][a-z0-9-]{0,159}$/;
/** The Countries tab's pick: a side, or two sides joined by `-` (view-state.ts). */
export const COUNTRY_PICK = /^(?:[A-Z]{2}|\?|other)(?:-(?:[A-Z]{2}|\?|other))?$/;
const list = (v: string | null, re: RegExp) => (v ? v.split(',').filter((x) => re.test(x)) : []);
const int = (v: string | null, lo: number, hi: number): number | undefined => {
  if (v === null || !/^-?\d+$/.test(v)) return undefined;
  const n = Number(v);
  return n >= lo && n <= hi ? n : undefined;
};

export function stateToQuery(s: ViewState): string {
  const d = defaultState();
  const p = new URLSearchParams();
  if (s.lang !== d.lang) p.set('lang', s.lang);
  if (s.tab !== d.tab) p.set('tab', s.tab);
  if (s.year !== d.year) p.set('year', String(s.year));
  if (!s.undated) p.set('undated', '0');
  if (s.countries.length) p.set('country', s.countries.join(','));
  if (s.kinds.length) p.set('kind', s.kinds.join(','));
  if (s.minTies) p.set('min', String(s.minTies));
  if (s.focus) p.set('focus', s.focus);
  if (s.focus && s.depth !== d.depth) p.set('depth', String(s.depth));
  if (s.selected) p.set('sel', s.selected);
  if (s.expanded.length) p.set('exp', s.expanded.join(','));
  if (s.dismissed.length) p.set('hide', s.dismissed.join(','));
  if (s.path) p.set('path', s.path.join(','));
  if (s.colourBy !== d.colourBy) p.set('colour', s.colourBy);
  if (s.sizeBy !== d.sizeBy) p.set('size', s.sizeBy);
  if (s.countryPick && s.tab === 'countries') p.set('pick', s.countryPick);
  if (s.transform)
    p.set('t', [s.transform.x, s.transform.y].map((v) => v.toFixed(1)).join(',') + ',' + s.transform.k.toFixed(4));
  return p.toString();
}

export function queryToState(query: string): ViewState {
  const p = new URLSearchParams(query);
  const s = defaultState();
  const lang = p.get('lang');
  if (lang === 'ru' || lang === 'en') s.lang = lang;
  const tab = p.get('tab');
  if (tab && /^[a-z][a-z0-9-]{0,30}$/.test(tab)) s.tab = tab;
  s.year = int(p.get('year'), FIRST_YEAR, currentYear()) ?? s.year;
  s.undated = p.get('undated') !== '0';
  s.countries = list(p.get('country'), /^[A-Z]{2}$/);
  s.kinds = list(p.get('kind'), /^[a-z-]{1,30}$/);
  s.minTies = int(p.get('min'), 0, 1000) ?? 0;
  const focus = p.get('focus');
  if (focus && ID.test(focus)) s.focus = focus;
  s.depth = int(p.get('depth'), 1, 3) ?? s.depth;
  const sel = p.get('sel');
  if (sel && ID.test(sel)) s.selected = sel;
  s.expanded = list(p.get('exp'), ID);
  s.dismissed = list(p.get('hide'), ID);
  const path = list(p.get('path'), ID);
  if (path.length === 2 && path[0] !== path[1]) s.path = [path[0]!, path[1]!];
  const colour = p.get('colour');
  if (isColourBy(colour)) s.colourBy = colour;
  const size = p.get('size');
  if (isSizeBy(size)) s.sizeBy = size;
  const pick = p.get('pick');
  if (pick && COUNTRY_PICK.test(pick)) s.countryPick = pick;
  const t = (p.get('t') ?? '').split(',').map(Number);
  if (t.length === 3 && t.every(Number.isFinite) && t[2]! > 0) s.transform = { x: t[0]!, y: t[1]!, k: t[2]! };
  return s;
}
