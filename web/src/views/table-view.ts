// The table view: exactly the ties shown in the picture, sortable by any column; the accessible twin of the canvas.
import { kindName, tr } from '../i18n/strings.ts';
import { type GraphModel, nodeName } from '../model/graph-model.ts';
import { countryName } from '../model/palette.ts';
import type { Visible } from '../model/visibility.ts';
import type { Lang } from '../state/view-state.ts';
import { h } from './dom.ts';

export type SortKey = 'a' | 'ca' | 'b' | 'cb' | 'kind' | 'date';
export const MAX_ROWS = 1000;

export interface TieRow {
  link: number;
  a: string;
  ca: string;
  b: string;
  cb: string;
  kind: string;
  date: string;
  sources: readonly string[];
  aId: string;
  bId: string;
}

/** Rows of the shown ties, sorted (stable: ties broken by link index). Pure, unit-tested. */
export function tieRows(model: GraphModel, visible: Visible, lang: Lang, sort: SortKey, descending: boolean): TieRow[] {
  const rows = visible.links.map((l) => {
    const a = model.nodes[model.source[l]!]!;
    const b = model.nodes[model.target[l]!]!;
    const link = model.links[l]!;
    return { link: l, a: nodeName(a, lang), ca: countryName(a.country, lang), b: nodeName(b, lang), cb: countryName(b.country, lang), kind: kindName(lang, link.kind), date: link.date ?? '', sources: link.sources, aId: a.id, bId: b.id };
  });
  const collator = new Intl.Collator(lang);
  rows.sort((x, y) => {
    const c = sort === 'date' && (!x.date || !y.date) ? (x.date ? -1 : y.date ? 1 : 0) : collator.compare(x[sort], y[sort]);
    return (descending ? -c : c) || x.link - y.link;
  });
  return rows;
}

export function renderTable(model: GraphModel, visible: Visible, lang: Lang, sort: { key: SortKey; desc: boolean }, onSort: (key: SortKey) => void, onSelect: (id: string) => void): HTMLElement {
  const rows = tieRows(model, visible, lang, sort.key, sort.desc);
  const cols: [SortKey, string][] = [['a', tr(lang, 'cityA')], ['ca', tr(lang, 'country')], ['b', tr(lang, 'cityB')], ['cb', tr(lang, 'country')], ['kind', tr(lang, 'kind')], ['date', tr(lang, 'date')]];
  return h(
    'div',
    { class: 'table-view' },
    h(
      'table',
      { class: 'ties-table' },
      h('caption', {}, `${tr(lang, 'tableCaption')}: ${rows.length}${rows.length > MAX_ROWS ? ` (${tr(lang, 'rowsShown')} ${MAX_ROWS} ${tr(lang, 'of')} ${rows.length})` : ''}`),
      h('thead', {}, h('tr', {}, cols.map(([key, label]) => h('th', { scope: 'col', 'aria-sort': sort.key === key ? (sort.desc ? 'descending' : 'ascending') : 'none' }, h('button', { type: 'button', class: 'sort', onclick: () => onSort(key) }, label, sort.key === key ? (sort.desc ? ' ▼' : ' ▲') : ''))), h('th', { scope: 'col' }, tr(lang, 'sources')))),
      h(
        'tbody',
        {},
        rows.slice(0, MAX_ROWS).map((r) =>
          h('tr', { 'data-link': model.links[r.link]!.id }, h('td', {}, h('button', { type: 'button', class: 'link', onclick: () => onSelect(r.aId) }, r.a)), h('td', {}, r.ca), h('td', {}, h('button', { type: 'button', class: 'link', onclick: () => onSelect(r.bId) }, r.b)), h('td', {}, r.cb), h('td', {}, r.kind), h('td', {}, r.date || tr(lang, 'noDate')), h('td', {}, r.sources.flatMap((s, i) => [i ? ' ' : '', h('a', { href: `/api/sources/${s}`, target: '_blank', rel: 'noopener noreferrer' }, s)]))),
        ),
      ),
    ),
  );
}
