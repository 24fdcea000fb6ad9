// The tab registry of the explorer shell. Adding a view is one call, e.g. the Cypher console (issue 5):
//   registerTab({ id: 'console', label: { ru: 'Консоль', en: 'Console' }, mount: (el, ctx) => mountConsole(el) });
// `canvas` tabs share the network canvas and only choose its layout; other tabs get their own panel element.
import type { Store } from '../state/store.ts';
import type { Lang, Layout } from '../../../core/view/view-state.ts';

export interface TabContext {
  store: Store;
  lang: () => Lang;
}

export interface TabDefinition {
  id: string;
  label: Record<Lang, string>;
  /** Layout of the shared canvas for canvas tabs (network, map). */
  canvas?: Layout;
  /** Builds the panel once, on first show; may return an update function called on every state change. */
  mount?: (panel: HTMLElement, ctx: TabContext) => void | ((ctx: TabContext) => void);
  order?: number;
  /** false: the explorer's year and filter sidebar does not apply to this tab, and is hidden while it shows. */
  sidebar?: boolean;
}

const tabs: TabDefinition[] = [];
const listeners = new Set<() => void>();

export function registerTab(def: TabDefinition): void {
  const at = tabs.findIndex((t) => t.id === def.id);
  if (at >= 0) tabs[at] = def;
  else tabs.push(def);
  tabs.sort((a, b) => (a.order ?? 100) - (b.order ?? 100));
  for (const fn of listeners) fn();
}

export function registeredTabs(): readonly TabDefinition[] {
  return tabs;
}

export function onTabsChanged(fn: () => void): void {
  listeners.add(fn);
}
