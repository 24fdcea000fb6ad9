// The URL in step with the view state: written (debounced, replacing the history entry) after changes, and read
// back when the user goes back or forward. Beside the view state it carries the open forum (`forum=forum-09`), so
// a link to a forum's details opens them.
import type { Store } from '../state/store.ts';
import { queryToState, stateToQuery } from '../../../core/view/url-state.ts';
import { debounce } from './debounce.ts';

const FORUM_ID = /^[a-z0-9][a-z0-9-]{0,159}$/;

/** The forum whose details the URL opens (`forum=`), if any. */
export function forumInUrl(search: string): string | null {
  const id = new URLSearchParams(search).get('forum');
  return id && FORUM_ID.test(id) ? id : null;
}

export function syncUrl(store: Store, openForum: (id: string) => void): () => void {
  window.addEventListener('popstate', () => {
    store.dispatch({ type: 'replace', state: queryToState(location.search) });
    const forum = forumInUrl(location.search);
    if (forum) openForum(forum);
  });
  const write = debounce(() => {
    const p = new URLSearchParams(stateToQuery(store.state));
    const open = store.panel.details;
    if (open?.startsWith('forum:')) p.set('forum', open.slice('forum:'.length));
    const q = p.toString();
    if (q !== location.search.slice(1)) history.replaceState(null, '', q ? `?${q}` : location.pathname);
  }, 150);
  store.subscribePanel((p, prev) => p.details !== prev.details && write());
  return write;
}
