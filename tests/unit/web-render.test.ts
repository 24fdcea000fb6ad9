// The explorer's layout (seeded, reproducible), style reducers, labels by level of detail, keyboard navigation,
// table rows and the SVG export: pure functions, tested headlessly.
import { describe, expect, test } from 'vitest';
import { createForceLayout, paramsFor, readPositions } from '../../web/src/layout/force-layout.ts';
import { mapPositions, seedPositions } from '../../web/src/layout/geo.ts';
import { navigate } from '../../web/src/interaction/keyboard-nav.ts';
import { forumMarks } from '../../web/src/model/canvas-forum-marks.ts';
import { buildModel, byFrequency } from '../../web/src/model/graph-model.ts';
import { countryColours, OTHER_COLOUR, PALETTE } from '../../web/src/model/palette.ts';
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
const colours = countryColours(model.countries);

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
  test('colour by country from the colour-blind-safe palette, grey for the rest; size grows with ties', () => {
    const ctx = selectionContext(model, visible, colours, 'ru', null, null);
    const byTies = [...visible.nodes].sort((a, b) => visible.ties[b]! - visible.ties[a]!);
    const hub = nodeReducer(model, byTies[0]!, ctx);
    const leaf = nodeReducer(model, byTies.at(-1)!, ctx);
    expect(hub.radius).toBeGreaterThan(leaf.radius);
    expect(PALETTE).toContain(
      nodeReducer(model, model.index.get(model.nodes.find((n) => n.country === model.countries[0])!.id)!, ctx).colour,
    );
    const rare = model.nodes.findIndex((n) => n.country === model.countries.at(-1));
    expect(model.countries.length, 'the fixture has more countries than colours').toBeGreaterThan(PALETTE.length);
    expect(nodeReducer(model, rare, ctx).colour).toBe(OTHER_COLOUR);
  });
  test('a selection highlights its ties and neighbours and fades the rest', () => {
    const sel = visible.nodes[0]!;
    const ctx = selectionContext(model, visible, colours, 'ru', model.nodes[sel]!.id, null);
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
    const scene = buildScene(model, selectionContext(model, visible, colours, 'en', null, null));
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
    const scene = buildScene(model, selectionContext(model, visible, colours, 'en', null, null));
    const xy = seedPositions(model, 1);
    const hub = scene.labelOrder[0]!;
    const view = { width: 800, height: 600, transform: { x: 400 - xy[2 * hub]!, y: 300 - xy[2 * hub + 1]!, k: 1 } };
    const hubLabel = placeLabels(scene, xy, view, (s) => s.length * 7).find((p) => p.i === hub)!;
    const tag = { x: hubLabel.x - 5, y: hubLabel.y + 2, w: 10, h: 6 }; // a tag where the hub's label would go
    expect(placeLabels(scene, xy, view, (s) => s.length * 7, 400, [tag]).some((p) => p.i === hub)).toBe(false);
  });
  test('the legend counts what is shown, per palette country and "other"', () => {
    const entries = legendEntries(model, visible, colours);
    expect(entries.reduce((n, e) => n + e.count, 0)).toBe(visible.nodes.length);
  });
  test('the hues go to the countries with most places shown: a filter to rare countries colours them', () => {
    const rare = model.countries.slice(-2);
    const shown = computeVisible(model, { ...defaultState(), countries: rare });
    expect(shown.nodes.length).toBeGreaterThan(0);
    const onScreen = countryColours(byFrequency(shown.nodes.map((i) => model.nodes[i]!.country)));
    const shownCountries = [...new Set(shown.nodes.map((i) => model.nodes[i]!.country))].sort();
    expect(shownCountries.every((c) => rare.includes(c!))).toBe(true);
    expect(
      legendEntries(model, shown, onScreen)
        .map((e) => e.country)
        .sort(),
    ).toEqual(shownCountries);
    expect(legendEntries(model, shown, colours).every((e) => e.country === null)).toBe(true); // the whole graph's hues: all "other"
    expect(byFrequency(['BY', 'RU', null, 'RU', 'AM', 'BY'])).toEqual(['BY', 'RU', 'AM']);
  });
  test('the SVG export batches links and nodes per style (not one element per item)', () => {
    const scene = buildScene(model, selectionContext(model, visible, colours, 'en', null, null));
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
    const scene = buildScene(model, selectionContext(model, visible, colours, 'en', null, null), marks);
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
    const scene = buildScene(model, selectionContext(model, visible, colours, 'en', null, null), marks);
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
