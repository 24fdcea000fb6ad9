// The explorer's panel state (path, details, table) through the store, the one-entry memo behind the selectors,
// and the console's parameter parsing: pure, tested headlessly.
import { describe, expect, test } from 'vitest';
import type { Path } from '../../core/schemas/path.schema.ts';
import { parseParams } from '../../web/console/params.ts';
import { memoizeLast } from '../../web/src/state/memoize-last.ts';
import { pathResult } from '../../web/src/state/panel-state.ts';
import { Store } from '../../web/src/state/store.ts';
import { defaultState } from '../../core/view/view-state.ts';

// A path result as the API sends it (only its identity matters here).
const found = { found: true, length: 1, cities: [], steps: [] } as unknown as Path;

describe('the panel state in the store', () => {
  test('panel actions change the panels, tell panel subscribers, and leave the view state and its undo alone', () => {
    const store = new Store(defaultState());
    const view: unknown[] = [];
    const panel: string[] = [];
    store.subscribe(() => view.push(1));
    store.subscribePanel((p, prev) => panel.push(`${prev.pathStart}→${p.pathStart}`));
    const before = store.state;
    store.dispatch({ type: 'pathStart', id: 'ru-kaluga' });
    store.dispatch({ type: 'table', table: { query: 'minsk', page: 2 } });
    expect(store.state).toBe(before);
    expect(store.canUndo).toBe(false);
    expect(view).toEqual([]);
    expect(panel).toEqual(['null→ru-kaluga', 'ru-kaluga→ru-kaluga']);
    expect(store.panel.table).toEqual({ sort: { key: 'a', desc: false }, query: 'minsk', page: 2 });
  });

  test('a path is asked, then found or cleared; only a found one is a result', () => {
    const store = new Store(defaultState());
    store.dispatch({ type: 'pathAsked' });
    expect(store.panel.path).toEqual({ loading: true });
    expect(pathResult(store.panel)).toBeNull();
    store.dispatch({ type: 'pathFound', result: found });
    expect(pathResult(store.panel)).toBe(found);
    store.dispatch({ type: 'pathCleared' });
    expect(store.panel.path).toBeNull();
  });

  test('the same details target twice is no change (no subscriber hears it)', () => {
    const store = new Store(defaultState());
    let heard = 0;
    store.subscribePanel(() => heard++);
    store.dispatch({ type: 'details', target: 'forum:forum-09' });
    store.dispatch({ type: 'details', target: 'forum:forum-09' });
    expect(heard).toBe(1);
  });
});

describe('memoizeLast', () => {
  test('recomputes only when an input changed by identity, on the inputs chosen', () => {
    let calls = 0;
    const f = memoizeLast(
      (a: number[], b: { k: number }) => (calls++, a.length + b.k),
      (a, b) => [a, b.k],
    );
    const a = [1, 2];
    expect(f(a, { k: 1 })).toBe(3);
    expect(f(a, { k: 1 })).toBe(3);
    expect(calls).toBe(1);
    expect(f([1, 2], { k: 1 })).toBe(3);
    expect(calls).toBe(2);
  });
});

describe('console parameters', () => {
  test('an object, empty text, or a message saying why not', () => {
    expect(parseParams(' {"city": "ru-kaluga"} ')).toEqual({ params: { city: 'ru-kaluga' } });
    expect(parseParams('')).toEqual({ params: {} });
    expect(parseParams('[1]')).toEqual({
      error: 'Parameters are not valid JSON: they must be a JSON object, e.g. {"city": "ru-kaluga"}',
    });
    expect('error' in parseParams('{')).toBe(true);
  });
});
