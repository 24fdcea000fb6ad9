// Keyboard navigation on the canvas: arrows move the selection to the nearest city in that direction, [ and ]
// walk the neighbours of where the walk began, Enter focuses, Escape clears; the selection is kept in view.
import { NAV_KEYS, type NavKey, navigate } from '../interaction/keyboard-nav.ts';
import type { GraphModel } from '../model/graph-model.ts';
import type { Visible } from '../model/visibility.ts';
import type { Store } from '../state/store.ts';
import type { NetworkView } from '../views/network-view.ts';

const EDGE = 40; // a selection closer than this to the canvas edge is centred

export function createKeyHandler(
  store: Store,
  view: () => NetworkView,
  model: () => GraphModel | null,
  visible: () => Visible | null,
): (e: KeyboardEvent) => void {
  let neighbourOrigin: number | undefined;
  return (e) => {
    const m = model();
    const v = visible();
    if (!m || !v) return;
    const cur = store.state.selected ? m.index.get(store.state.selected) : undefined;
    if (NAV_KEYS.has(e.key)) {
      e.preventDefault();
      if (e.key === '[' || e.key === ']') neighbourOrigin ??= cur;
      else neighbourOrigin = undefined;
      const canvas = view();
      const next = navigate(e.key as NavKey, cur, m, v, canvas.positions, neighbourOrigin);
      if (next !== undefined) {
        store.dispatch({ type: 'select', id: m.nodes[next]!.id });
        const [x, y] = canvas.screenOf(next);
        if (x < EDGE || y < EDGE || x > canvas.canvas.clientWidth - EDGE || y > canvas.canvas.clientHeight - EDGE)
          canvas.centreOn(next);
      }
    } else if (e.key === 'Enter' && store.state.selected) {
      store.dispatch({ type: 'focus', id: store.state.selected });
    } else if (e.key === 'Escape') {
      neighbourOrigin = undefined;
      store.dispatch({ type: 'select', id: null });
    }
  };
}
