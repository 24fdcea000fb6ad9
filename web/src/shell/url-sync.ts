// The URL in step with the view state: written (debounced, replacing the history entry) after changes, and read
// back when the user goes back or forward.
import type { Store } from '../state/store.ts';
import { queryToState, stateToQuery } from '../../../core/view/url-state.ts';
import type { ViewState } from '../../../core/view/view-state.ts';
import { debounce } from './debounce.ts';

export function syncUrl(store: Store): (s: ViewState) => void {
  window.addEventListener('popstate', () => store.dispatch({ type: 'replace', state: queryToState(location.search) }));
  return debounce((s: ViewState) => {
    const q = stateToQuery(s);
    if (q !== location.search.slice(1)) history.replaceState(null, '', q ? `?${q}` : location.pathname);
  }, 150);
}
