// The explorer's layout (seeded, reproducible), style reducers, labels by level of detail, keyboard navigation,
// table rows and the SVG export: pure functions, tested headlessly.
import { describe, expect, test } from 'vitest';
import { createForceLayout, paramsFor, readPositions } from '../../web/src/layout/force-layout.ts';
import { mapPositions, seedPositions } from '../../web/src/layout/geo.ts';
import { navigate } from '../../web/src/interaction/keyboard-nav.ts';
import { forumMarks } from '../../web/src/model/canvas-forum-marks.ts';
import { buildModel, byFrequency } from '../../web/src/model/graph-model.ts';
import { countryColour, NO_VALUE_COLOUR } from '../../core/style/country-colours.ts';
import { computeVisible } from '../../web/src/model/visibility.ts';
import { placeForumMarks, placeLabels } from '../../web/src/render/draw.ts';
import { buildScene, linkReducer, nodeReducer, selectionContext } from '../../web/src/render/scene.ts';
import { sceneToSvg } from '../../web/src/render/svg-export.ts';
import { defaultState } from '../../core/view/view-state.ts';
import { filterRows, tieRows } from '../../web/src/views/table-view.ts';
import { legendEntries } from '../../web/src/views/legend.ts';
import { syntheticGraph } from '../fixtures/synthetic-graph.ts';

const model = buildModel(syntheticGraph(300, 600, 11));
const visible = computeVisible(model, defaultState());
const style = defaultState();

function layoutOnce(seed: number) {
  const seedXY = seedPositions(model, seed);
  const links = new Int32Array(model.links.length * 2);
  for (let l = 0; l < model.links.length; l++)
    ((links[2 * l] = model.source[l]!), (links[2 * l + 1] = model.target[l]!));
  const sim = createForceLayout(seedXY, links, paramsFor(model.nodes.length), seed);
  sim.tick(60);
  return readPositions(sim);
}

describe('layout', () => {
  test('the force layout is seeded: the same seed gives the same positions, another seed others', () => {
    const a = layoutOnce(1);
    expect(layoutOnce(1)).toEqual(a);
    expect(layoutOnce(2)).not.toEqual(a);
    expect(a.every(Number.isFinite)).toBe(true);
  });
  test('start positions come from coordinates; places without coordinates stay off the map', () => {
    const m = buildModel({
      ...syntheticGraph(10, 12, 2),
      nodes: syntheticGraph(10, 12, 2).nodes.map((n, i) => (i === 0 ? { ...n, lat: null, lon: null } : n)),
    });
    const map = mapPositions(m);
    expect(Number.isNaN(map[0]!)).toBe(true);
    const seed = seedPositions(m, 1, map);
    expect(Number.isFinite(seed[0]!)).toBe(true);
    expect(Math.abs(seed[2]! - map[2]!)).toBeLessThan(1.01);
  });
});

describe('style reducers', () => {
  test('colour by country, one stable colour per country; size grows with ties shown or with all ties', () => {
    const ctx = selectionContext(model, visible, style, 'ru', null, null);
    const byTies = [...visible.nodes].sort((a, b) => visible.ties[b]! - visible.ties[a]!);
    const hub = nodeReducer(model, byTies[0]!, ctx);
    const leaf = nodeReducer(model, byTies.at(-1)!, ctx);
    expect(hub.radius).toBeGreaterThan(leaf.radius);
    for (const i of visible.nodes.slice(0, 50))
      expect(nodeReducer(model, i, ctx).colour).toBe(countryColour(model.nodes[i]!.country));
    // Filtered to two rare countries, they keep the colours they have in the whole graph.
    const rare = model.countries.slice(-2);
    const shown = computeVisible(model, { ...defaultState(), countries: rare });
    const rareCtx = selectionContext(model, shown, style, 'ru', null, null);
    for (const i of shown.nodes) expect(nodeReducer(model, i, rareCtx).colour).toBe(nodeReducer(model, i, ctx).colour);
    // Size by all ties: a filter that hides a place's ties does not shrink it.
    const allCtx = selectionContext(model, shown, { ...style, sizeBy: 'all' }, 'ru', null, null);
    const i = shown.nodes.find((n) => shown.ties[n]! < model.facts[n]!.allTies)!;
    expect(nodeReducer(model, i, allCtx).radius).toBeGreaterThan(nodeReducer(model, i, rareCtx).radius);
  });
  test('colour by kind of ties or by decade of the first tie; no value is grey', () => {
    const kindCtx = selectionContext(model, visible, { ...style, colourBy: 'kind' }, 'ru', null, null);
    const decadeCtx = selectionContext(model, visible, { ...style, colourBy: 'decade' }, 'ru', null, null);
    const kinds = new Set(visible.nodes.map((i) => nodeReducer(model, i, kindCtx).colour));
    expect(kinds.size).toBeGreaterThan(1);
    const undated = visible.nodes.find((i) => model.facts[i]!.firstYear === null);
    if (undated !== undefined) expect(nodeReducer(model, undated, decadeCtx).colour).toBe(NO_VALUE_COLOUR);
    const dated = visible.nodes.filter((i) => model.facts[i]!.firstYear !== null);
    const a = dated.find((i) => model.facts[i]!.firstYear! < 2000)!,
      b = dated.find((i) => model.facts[i]!.firstYear! >= 2010)!;
    expect(nodeReducer(model, a, decadeCtx).colour).not.toBe(nodeReducer(model, b, decadeCtx).colour);
  });
  test('a selection highlights its ties and neighbours and fades the rest', () => {
    const sel = visible.nodes[0]!;
    const ctx = selectionContext(model, visible, style, 'ru', model.nodes[sel]!.id, null);
    const own = model.adjacency[sel]!.find((l) => visible.link[l])!;
    // Undated ties stay dashed even when highlighted (they never look like history).
    expect(linkReducer(model, own, ctx)).toBe(model.links[own]!.year === null ? 'undatedHighlight' : 'highlight');
    const other = visible.links.find((l) => model.source[l] !== sel && model.target[l] !== sel)!;
    expect(linkReducer(model, other, ctx)).toBe('faded');
    const far = visible.nodes.find((i) => i !== sel && !ctx.neighbours.has(i))!;
    expect(nodeReducer(model, far, ctx).faded).toBe(true);
    const scene = buildScene(model, ctx);
    expect(scene.labelOrder[0]).toBe(sel);
    expect(scene.rings).toContain(sel);
  });
  test('labels by level of detail: more fit when zoomed in, and none overlap', () => {
    const scene = buildScene(model, selectionContext(model, visible, style, 'en', null, null));
    const xy = seedPositions(model, 1);
    const hub = scene.labelOrder[0]!;
    const view = (k: number) => ({
      width: 800,
      height: 600,
      transform: { x: 400 - xy[2 * hub]! * k, y: 300 - xy[2 * hub + 1]! * k, k },
    });
    const far = placeLabels(scene, xy, view(0.5), (s) => s.length * 7);
    const near = placeLabels(scene, xy, view(3), (s) => s.length * 7);
    // Within the region seen when zoomed in, more places are labelled than in the world view of that region.
    const inNear = (i: number) => {
      const t = view(3).transform;
      const x = xy[2 * i]! * t.k + t.x,
        y = xy[2 * i + 1]! * t.k + t.y;
      return x >= 0 && y >= 0 && x <= 800 && y <= 600;
    };
    expect(far.length).toBeGreaterThan(0);
    expect(near.length).toBeGreaterThan(far.filter((p) => inNear(p.i)).length);
    expect(far[0]!.i).toBe(hub); // the most connected first
    const w = (i: number) => (scene.labels[i]!.length * 7 + 4) / 2;
    for (const a of far)
      for (const b of far)
        if (a !== b) expect(Math.abs(a.x - b.x) < w(a.i) + w(b.i) && Math.abs(a.y - b.y) < 14).toBe(false);
  });
  test('labels leave the forum tags free', () => {
    const scene = buildScene(model, selectionContext(model, visible, style, 'en', null, null));
    const xy = seedPositions(model, 1);
    const hub = scene.labelOrder[0]!;
    const view = { width: 800, height: 600, transform: { x: 400 - xy[2 * hub]!, y: 300 - xy[2 * hub + 1]!, k: 1 } };
    const hubLabel = placeLabels(scene, xy, view, (s) => s.length * 7).find((p) => p.i === hub)!;
    const tag = { x: hubLabel.x - 5, y: hubLabel.y + 2, w: 10, h: 6 }; // a tag where the hub's label would go
    expect(placeLabels(scene, xy, view, (s) => s.length * 7, 400, [tag]).some((p) => p.i === hub)).toBe(false);
  });
  test('the legend counts what is shown, each row in the colour drawn', () => {
    const entries = legendEntries(model, visible, 'country', 'en');
    expect(entries.reduce((n, e) => n + e.count, 0)).toBe(visible.nodes.length);
    for (const e of entries) expect(e.colour).toBe(countryColour(e.key));
    const rare = model.countries.slice(-2);
    const shown = computeVisible(model, { ...defaultState(), countries: rare });
    expect(
      legendEntries(model, shown, 'country', 'en')
        .map((e) => e.key)
        .sort(),
    ).toEqual([...new Set(shown.nodes.map((i) => model.nodes[i]!.country))].sort());
    expect(byFrequency(['BY', 'RU', null, 'RU', 'AM', 'BY'])).toEqual(['BY', 'RU', 'AM']);
  });
  test('the SVG export batches links and nodes per style (not one element per item)', () => {
    const scene = buildScene(model, selectionContext(model, visible, style, 'en', null, null));
    const svg = sceneToSvg(
      scene,
      seedPositions(model, 1),
      {
        width: 1600,
        height: 800,
        dpr: 1,
        transform: { x: 0, y: 0, k: 1 },
        arcs: null,
        borders: null,
        background: '#000',
        labels: true,
      },
      ['Credit'],
    );
    expect(svg.match(/<path class="nodes"/g)!.length).toBe(scene.nodeBatches.length);
    expect(svg.match(/<path class="links-/g)!.length).toBeLessThanOrEqual(4);
    expect(svg).toContain('Credit');
  });
});

describe('forums on the canvas', () => {
  const [a, b] = [visible.nodes[0]!, visible.nodes[1]!].map((i) => model.nodes[i]!.id);
  const hidden = model.nodes.findIndex((_, i) => !visible.node[i]);
  const forums = [
    { id: 'f9', edition: 9, editionRoman: 'IX', year: 2017, host: { id: a! } },
    { id: 'f1', edition: 1, editionRoman: 'I', year: 1998, host: { id: a! } },
    { id: 'f7', edition: 7, editionRoman: 'VII', year: null, host: { id: b! } },
    {
      id: 'f2',
      edition: 2,
      editionRoman: 'II',
      year: 2000,
      host: hidden >= 0 ? { id: model.nodes[hidden]!.id } : null,
    },
    { id: 'f3', edition: 3, editionRoman: 'III', year: 2001, host: null },
  ];
  test('each shown host of forums held by the year gets one mark with its editions in order; undated ones follow the toggle', () => {
    expect(forumMarks(model, visible, forums, 2020, true)).toEqual([
      { node: visible.nodes[0], label: 'I · IX', forums: ['f1', 'f9'] },
      { node: visible.nodes[1], label: 'VII', forums: ['f7'] },
    ]);
    expect(forumMarks(model, visible, forums, 2000, false)).toEqual([
      { node: visible.nodes[0], label: 'I', forums: ['f1'] },
    ]);
    expect(forumMarks(model, visible, forums, 1995, false)).toEqual([]);
  });
  test('the scene carries the marks and the SVG export draws them', () => {
    const marks = forumMarks(model, visible, forums, 2020, true);
    const scene = buildScene(model, selectionContext(model, visible, style, 'en', null, null), marks);
    const xy = seedPositions(model, 1);
    const i = visible.nodes[0]!;
    const svg = sceneToSvg(scene, xy, {
      width: 800,
      height: 600,
      dpr: 1,
      transform: { x: 400 - xy[2 * i]!, y: 300 - xy[2 * i + 1]!, k: 1 },
      arcs: null,
      borders: null,
      background: '#000',
      labels: false,
    });
    expect(svg).toContain('>I · IX</text>');
  });
  test('every host keeps its diamond, but a tag that would cover another is left out until zoomed in', () => {
    const marks = forumMarks(model, visible, forums, 2020, true);
    const scene = buildScene(model, selectionContext(model, visible, style, 'en', null, null), marks);
    const xy = new Float32Array(model.nodes.length * 2);
    const [a, b] = [visible.nodes[0]!, visible.nodes[1]!];
    xy.set([0, 0], 2 * a);
    xy.set([1, 1], 2 * b); // one unit apart: 2 px at zoom 2, 200 px at zoom 200
    const at = (k: number) =>
      placeForumMarks(scene, xy, { width: 800, height: 600, transform: { x: 400, y: 300, k } }, (s) => s.length * 6);
    const near = at(2);
    expect(near).toHaveLength(2);
    expect(near[0]!.mark.label).toBe('I · IX'); // the host of more editions first
    expect(near.map((p) => p.tag !== null)).toEqual([true, false]);
    expect(at(200).every((p) => p.tag !== null)).toBe(true);
  });
});

describe('keyboard navigation and table', () => {
  const xy = seedPositions(model, 1);
  test('arrows move to a node in that direction, [ ] walk the ties, Home goes to the most connected', () => {
    const home = navigate('Home', undefined, model, visible, xy)!;
    expect(visible.ties[home]).toBe(Math.max(...visible.nodes.map((i) => visible.ties[i]!)));
    const right = navigate('ArrowRight', home, model, visible, xy)!;
    expect(right, 'the most connected node has a neighbour to its right in the fixture').not.toBe(home);
    expect(xy[2 * right]!).toBeGreaterThan(xy[2 * home]!);
    const n1 = navigate(']', home, model, visible, xy, home)!;
    const n2 = navigate(']', n1, model, visible, xy, home)!;
    const neighbours = model.adjacency[home]!.map((l) =>
      model.source[l] === home ? model.target[l] : model.source[l],
    );
    expect(neighbours).toContain(n1);
    expect(neighbours).toContain(n2);
    expect(n2).not.toBe(n1);
  });
  test('the table lists exactly the shown ties, sortable', () => {
    const rows = tieRows(model, visible, 'en', 'date', false);
    expect(rows).toHaveLength(visible.links.length);
    const dated = rows.filter((r) => r.date).map((r) => r.date);
    expect(dated).toEqual([...dated].sort());
    expect(rows.findIndex((r) => !r.date)).toBeGreaterThanOrEqual(dated.length);
  });
  test('the table filter keeps the rows containing the typed text in any column, ignoring case', () => {
    const rows = tieRows(model, visible, 'en', 'a', false);
    const name = rows[0]!.a;
    const kept = filterRows(rows, `  ${name.toUpperCase()} `);
    expect(kept.length).toBeGreaterThan(0);
    expect(
      kept.every(
        (r) =>
          r.a === name ||
          r.b === name ||
          [r.ca, r.cb, r.kind, r.date, ...r.sources].some((v) => v.toLowerCase().includes(name.toLowerCase())),
      ),
    ).toBe(true);
    expect(filterRows(rows, '')).toBe(rows);
    expect(filterRows(rows, 'no such text anywhere')).toEqual([]);
  });
});
