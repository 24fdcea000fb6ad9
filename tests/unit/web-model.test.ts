// The explorer's pure modules: model, visibility (filters, focus, expand), state reducer and undo, URL state.
import { describe, expect, test } from 'vitest';
import type { Graph } from '../../core/schemas/graph.schema.ts';
import { buildModel } from '../../web/src/model/graph-model.ts';
import { coordinatesText } from '../../web/src/views/details-panel.ts';
import { computeVisible, EXPAND_CAP } from '../../web/src/model/visibility.ts';
import { reduce } from '../../web/src/state/actions.ts';
import { Store } from '../../web/src/state/store.ts';
import { queryToState, stateToQuery } from '../../core/view/url-state.ts';
import { defaultState } from '../../core/view/view-state.ts';
import { syntheticGraph } from '../fixtures/synthetic-graph.ts';

const node = (id: string, country: string) => ({
  id,
  type: 'city',
  nameRu: id.toUpperCase(),
  nameEn: id,
  country,
  lat: 50,
  lon: 30,
  degree: 0,
});
const link = (s: string, t: string, year: number | null, kind = 'twinning') => ({
  id: `${s}~${t}`,
  source: s,
  target: t,
  kind,
  kinds: [kind],
  date: year === null ? null : String(year),
  datePrecision: year === null ? null : ('year' as const),
  year,
  agreements: [],
  sources: ['src'],
});
const small: Graph = {
  nodes: [node('a', 'RU'), node('b', 'BY'), node('c', 'RU'), node('d', 'DE'), node('e', 'BY')],
  links: [
    link('a', 'b', 1992),
    link('a', 'c', 2012, 'cooperation'),
    link('b', 'd', null),
    link('c', 'e', 2020),
    link('a', 'ghost', 2000),
  ],
  truncated: false,
  attribution: [],
};
const ids = (m: ReturnType<typeof buildModel>, v: ReturnType<typeof computeVisible>) =>
  v.nodes.map((i) => m.nodes[i]!.id);

describe('model', () => {
  test('indexes nodes and links, drops links to missing nodes, orders countries by frequency', () => {
    const m = buildModel(small);
    expect(m.links).toHaveLength(4);
    expect(m.adjacency[m.index.get('a')!]).toHaveLength(2);
    expect(m.countries.slice(0, 2).sort()).toEqual(['BY', 'RU']);
  });
});

describe('visibility', () => {
  const m = buildModel(small);
  const s = defaultState();
  test('the year hides ties dated later; undated ties follow their toggle, never a year', () => {
    const v1995 = computeVisible(m, { ...s, year: 1995 });
    expect(v1995.links.map((l) => m.links[l]!.id).sort()).toEqual(['a~b', 'b~d']);
    const dated = computeVisible(m, { ...s, year: 1995, undated: false });
    expect(dated.links.map((l) => m.links[l]!.id)).toEqual(['a~b']);
    expect(ids(m, dated)).toEqual(['a', 'b']);
  });
  test('countries keep ties with both ends inside; kinds and minimum ties filter', () => {
    expect(
      computeVisible(m, { ...s, countries: ['BY', 'RU'] })
        .links.map((l) => m.links[l]!.id)
        .sort(),
    ).toEqual(['a~b', 'a~c', 'c~e']);
    expect(computeVisible(m, { ...s, kinds: ['cooperation'] }).links.map((l) => m.links[l]!.id)).toEqual(['a~c']);
    expect(ids(m, computeVisible(m, { ...s, minTies: 2 }))).toEqual(['a', 'b', 'c']);
  });
  test('focus and depth give a neighbourhood; dismissed places go', () => {
    expect(ids(m, computeVisible(m, { ...s, focus: 'a', depth: 1 }))).toEqual(['a', 'b', 'c']);
    expect(ids(m, computeVisible(m, { ...s, focus: 'a', depth: 2 }))).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(ids(m, computeVisible(m, { ...s, focus: 'a', depth: 2, dismissed: ['c'] }))).toEqual(['a', 'b', 'd']);
  });
  test('expand adds the most connected neighbours first, capped, and counts the rest', () => {
    const g = buildModel(syntheticGraph(400, 1200, 3));
    const hub = [...g.adjacency.keys()].sort((x, y) => g.adjacency[y]!.length - g.adjacency[x]!.length)[0]!;
    const leaf =
      g.adjacency[hub]!.map((l) => (g.source[l] === hub ? g.target[l]! : g.source[l]!)).find(
        (j) => g.adjacency[j]!.length === 1,
      ) ?? hub;
    const focusId = g.nodes[leaf === hub ? g.source[g.adjacency[hub]![0]!]! : leaf]!.id;
    const base = { ...s, focus: focusId, depth: 1 };
    const before = computeVisible(g, base);
    const hiddenNeighbours = g.adjacency[hub]!.map((l) => (g.source[l] === hub ? g.target[l]! : g.source[l]!)).filter(
      (j) => !before.node[j],
    );
    const v = computeVisible(g, { ...base, expanded: [g.nodes[hub]!.id] });
    expect(v.remaining.get(hub)).toBe(Math.max(0, hiddenNeighbours.length - EXPAND_CAP));
    expect(v.nodes.length).toBe(before.nodes.length + Math.min(EXPAND_CAP, hiddenNeighbours.length));
    // The ones added are the most connected of the hidden neighbours.
    const added = v.nodes.filter((i) => !before.node[i]);
    const minAdded = Math.min(...added.map((i) => v.ties[i]!));
    const left = hiddenNeighbours.filter((j) => !v.node[j]);
    for (const j of left) expect(v.ties[j]!).toBeLessThanOrEqual(minAdded);
  });
  test('a path is always shown and highlighted', () => {
    const v = computeVisible(m, { ...s, focus: 'd' }, ['d', 'b', 'a']);
    expect(ids(m, v).sort()).toEqual(['a', 'b', 'd']);
    expect(v.pathLinks.size).toBe(2);
  });
});

describe('state', () => {
  test('the reducer clamps years and depth, focus selects and resets exploration', () => {
    let s = reduce(defaultState(), { type: 'year', year: 1500 });
    expect(s.year).toBe(1990);
    s = reduce(s, { type: 'expand', id: 'x' });
    s = reduce(s, { type: 'focus', id: 'a', depth: 9 });
    expect(s).toMatchObject({ focus: 'a', selected: 'a', depth: 3, expanded: [] });
    s = reduce(s, { type: 'dismissOthers', keep: 'b', visible: ['a', 'b', 'c', 'd'] });
    expect(s.dismissed).toEqual(['c', 'd']);
  });
  test('undo steps back through exploration, not through language or tab', () => {
    const store = new Store(defaultState());
    store.dispatch({ type: 'focus', id: 'a' });
    store.dispatch({ type: 'dismiss', id: 'b' });
    store.dispatch({ type: 'lang', lang: 'en' });
    store.undo();
    expect(store.state).toMatchObject({ focus: 'a', dismissed: [], lang: 'en' });
    store.undo();
    expect(store.state.focus).toBeNull();
    expect(store.canUndo).toBe(false);
  });
  test('the URL round-trips the whole view state and ignores malformed values', () => {
    const s = {
      ...defaultState(),
      lang: 'en' as const,
      tab: 'map',
      year: 2001,
      undated: false,
      countries: ['BY', 'RU'],
      kinds: ['twinning'],
      minTies: 2,
      focus: 'ru-kaluga',
      depth: 2,
      selected: 'by-minsk',
      expanded: ['by-minsk'],
      dismissed: ['ru-tula'],
      path: ['ru-tula', 'ru-omsk'] as [string, string],
      transform: { x: 10.5, y: -3, k: 2.5 },
    };
    expect(queryToState(stateToQuery(s))).toEqual(s);
    expect(stateToQuery(defaultState())).toBe('');
    expect(queryToState('year=abc&depth=9&focus=<script>&t=1,2&country=ru,BY')).toEqual({
      ...defaultState(),
      countries: ['BY'],
    });
  });
});

describe('coordinatesText', () => {
  test('names the hemispheres in the interface language, and says nothing of unknown coordinates', () => {
    expect(coordinatesText(54.5293, 36.27542, 'en')).toBe('54.5293° N, 36.2754° E');
    expect(coordinatesText(54.5293, 36.27542, 'ru')).toBe('54,5293° с. ш., 36,2754° в. д.');
    expect(coordinatesText(-33.8688, -70.6693, 'en')).toBe('33.8688° S, 70.6693° W');
    expect(coordinatesText(null, null, 'ru')).toBeNull();
  });
});
