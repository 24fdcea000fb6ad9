// The panels' state beside the view state: the path being picked and the path found, what the details panel shows,
// and the table's sort, filter and page. Not in the URL and not undone with exploration steps; changed only
// through these actions and the pure reducer, like the view state.
import type { Path } from '../../../core/schemas/path.schema.ts';

export type SortKey = 'a' | 'ca' | 'b' | 'cb' | 'kind' | 'date';

export interface TableState {
  sort: { key: SortKey; desc: boolean };
  /** Typed filter: rows whose cities, countries, kind, date or sources contain it. */
  query: string;
  /** Zero-based page. */
  page: number;
}

export interface PanelState {
  /** The first end of a path being picked («path from here»). */
  pathStart: string | null;
  /** The shortest path asked for by the view's `path`: loading, or found (`found: false` when there is none). */
  path: { loading: true } | { loading: false; result: Path } | null;
  /** What the details panel shows: a city id, `forum:<id>`, or nothing. */
  details: string | null;
  table: TableState;
}

export type PanelAction =
  | { type: 'pathStart'; id: string | null }
  | { type: 'pathAsked' }
  | { type: 'pathFound'; result: Path }
  | { type: 'pathCleared' }
  | { type: 'details'; target: string | null }
  | { type: 'table'; table: Partial<TableState> };

export const PANEL_ACTIONS = new Set<string>([
  'pathStart',
  'pathAsked',
  'pathFound',
  'pathCleared',
  'details',
  'table',
] satisfies PanelAction['type'][]);

export function defaultPanelState(): PanelState {
  return { pathStart: null, path: null, details: null, table: { sort: { key: 'a', desc: false }, query: '', page: 0 } };
}

/** The path found, if any (not while loading). */
export const pathResult = (p: PanelState): Path | null => (p.path && !p.path.loading ? p.path.result : null);

export function reducePanel(p: PanelState, a: PanelAction): PanelState {
  switch (a.type) {
    case 'pathStart':
      return { ...p, pathStart: a.id };
    case 'pathAsked':
      return { ...p, path: { loading: true } };
    case 'pathFound':
      return { ...p, path: { loading: false, result: a.result } };
    case 'pathCleared':
      return p.path === null ? p : { ...p, path: null };
    case 'details':
      return p.details === a.target ? p : { ...p, details: a.target };
    case 'table':
      return { ...p, table: { ...p.table, ...a.table } };
  }
}
