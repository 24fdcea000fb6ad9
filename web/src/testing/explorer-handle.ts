// The handle the explorer page puts on `window.explorer` for the end-to-end tests and the benchmark: a declared,
// read-only surface (the store, the data as shown, and what the canvas view reports), so the tests reading it in
// `page.evaluate` are type-checked instead of poking at `any`.
import type { GraphModel } from '../model/graph-model.ts';
import type { Visible } from '../model/visibility.ts';
import type { Scene } from '../render/scene.ts';
import type { Store } from '../state/store.ts';
import type { NetworkView } from '../views/network-view.ts';

export interface ExplorerHandle {
  store: Store;
  view: Pick<
    NetworkView,
    'canvas' | 'stats' | 'positions' | 'transform' | 'currentLayout' | 'screenOf' | 'forumTags' | 'screenText'
  >;
  model(): GraphModel | null;
  visible(): Visible | null;
  scene(): Scene | null;
}

declare global {
  interface Window {
    /** Set once the explorer has started (see web/src/start.ts). */
    explorer?: ExplorerHandle;
  }
}

export function exposeExplorer(handle: ExplorerHandle): void {
  window.explorer = handle;
}
