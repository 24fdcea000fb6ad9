// The table view: exactly the ties shown in the picture, sortable by any column, filtered by what is typed and read
// a page at a time (the world has ~25,000 ties); the accessible twin of the canvas.
import { kindName, tr } from '../i18n/strings.ts';
import { type GraphModel, nodeName } from '../model/graph-model.ts';
import { countryName } from '../model/palette.ts';
import type { Visible } from '../model/visibility.ts';
import type { SortKey, TableState } from '../state/panel-state.ts';
import type { Lang } from '../../../core/view/view-state.ts';
import { h } from './dom.ts';
import { sourcePagePath } from '../../../core/text/source-title.ts';

export type { SortKey, TableState };
export const PAGE_SIZE = 100;

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
    return {
      link: l,
      a: nodeName(a, lang),
      ca: countryName(a.country, lang),
      b: nodeName(b, lang),
      cb: countryName(b.country, lang),
      kind: kindName(lang, link.kind),
      date: link.date ?? '',
      sources: link.sources,
      aId: a.id,
      bId: b.id,
    };
  });
  const collator = new Intl.Collator(lang);
  rows.sort((x, y) => {
    const c =
      sort === 'date' && (!x.date || !y.date) ? (x.date ? -1 : y.date ? 1 : 0) : collator.compare(x[sort], y[sort]);
    return (descending ? -c : c) || x.link - y.link;
  });
  return rows;
}

/** Rows containing the typed text in any column (case-insensitive). Pure. */
export function filterRows(rows: readonly TieRow[], query: string): readonly TieRow[] {
  const q = query.trim().toLowerCase();
  if (!q) return rows;
  return rows.filter((r) =>
    [r.a, r.ca, r.b, r.cb, r.kind, r.date, ...r.sources].some((v) => v.toLowerCase().includes(q)),
  );
}

export interface TableEvents {
  sort(key: SortKey): void;
  page(page: number): void;
  select(id: string): void;
}

/** One page of the (filtered, sorted) rows with its caption, sort buttons and pager; the filter box lives outside. */
export function renderTable(
  model: GraphModel,
  rows: readonly TieRow[],
  total: number,
  lang: Lang,
  state: TableState,
  on: TableEvents,
  /** Source id → its readable title (GET /api/sources); an id not there yet shows as itself. */
  sourceTitles: ReadonlyMap<string, string> = new Map(),
): HTMLElement {
  const cols: [SortKey, string][] = [
    ['a', tr(lang, 'cityA')],
    ['ca', tr(lang, 'country')],
    ['b', tr(lang, 'cityB')],
    ['cb', tr(lang, 'country')],
    ['kind', tr(lang, 'kind')],
    ['date', tr(lang, 'date')],
  ];
  const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  const page = Math.min(state.page, pages - 1);
  const first = page * PAGE_SIZE;
  const shown = rows.slice(first, first + PAGE_SIZE);
  const range = rows.length
    ? `${first + 1}–${first + shown.length} ${tr(lang, 'of')} ${rows.length}`
    : `0 ${tr(lang, 'of')} 0`;
  const filtered = rows.length < total ? ` (${tr(lang, 'filteredFrom')} ${total})` : '';
  const sort = state.sort;
  return h(
    'div',
    { class: 'table-body' },
    h(
      'table',
      { class: 'ties-table' },
      h('caption', {}, `${tr(lang, 'tableCaption')}: ${range}${filtered}`),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          cols.map(([key, label]) =>
            h(
              'th',
              { scope: 'col', 'aria-sort': sort.key === key ? (sort.desc ? 'descending' : 'ascending') : 'none' },
              h(
                'button',
                { type: 'button', class: 'sort', onclick: () => on.sort(key) },
                label,
                sort.key === key ? (sort.desc ? ' ▼' : ' ▲') : '',
              ),
            ),
          ),
          h('th', { scope: 'col' }, tr(lang, 'sources')),
        ),
      ),
      h(
        'tbody',
        {},
        shown.map((r) =>
          h(
            'tr',
            { 'data-link': model.links[r.link]!.id },
            h('td', {}, h('button', { type: 'button', class: 'link', onclick: () => on.select(r.aId) }, r.a)),
            h('td', {}, r.ca),
            h('td', {}, h('button', { type: 'button', class: 'link', onclick: () => on.select(r.bId) }, r.b)),
            h('td', {}, r.cb),
            h('td', {}, r.kind),
            h('td', {}, r.date || tr(lang, 'noDate')),
            h(
              'td',
              {},
              r.sources.flatMap((s, i) => [
                i ? ' ' : '',
                h(
                  'a',
                  { href: sourcePagePath(s, lang), target: '_blank', rel: 'noopener noreferrer', class: 'source' },
                  sourceTitles.get(s) ?? s,
                ),
              ]),
            ),
          ),
        ),
      ),
    ),
    pages > 1
      ? h(
          'nav',
          { class: 'pager', 'aria-label': tr(lang, 'pages') },
          h(
            'button',
            { type: 'button', class: 'prev', disabled: page === 0, onclick: () => on.page(page - 1) },
            `‹ ${tr(lang, 'previous')}`,
          ),
          h('span', { class: 'page' }, `${page + 1} / ${pages}`),
          h(
            'button',
            { type: 'button', class: 'next', disabled: page === pages - 1, onclick: () => on.page(page + 1) },
            `${tr(lang, 'next')} ›`,
          ),
        )
      : null,
  );
}
