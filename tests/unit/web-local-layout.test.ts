// A small shown part of a large graph gets a layout of its own (web/src/layout/local-layout.ts): when it applies,
// how the part becomes a graph of its own, where its places start, and that the small-graph forces spread out
// places that start on one spot — what Kaluga, Tula, Smolensk and Minsk do in the world layout.
import { describe, expect, test } from 'vitest';
import { createForceLayout, paramsFor, readPositions } from '../../web/src/layout/force-layout.ts';
import { seedPositions } from '../../web/src/layout/geo.ts';
import {
  localLayoutInput,
  localParams,
  LOCAL_LAYOUT_MAX,
  wantsLocalLayout,
} from '../../web/src/layout/local-layout.ts';
import { buildModel, otherEnd } from '../../web/src/model/graph-model.ts';
import { syntheticGraph } from '../fixtures/synthetic-graph.ts';

const model = buildModel(syntheticGraph(400, 700, 5));
const geo = seedPositions(model, 1);
/** A node and its neighbours, with the ties between them. */
function neighbourhood(i: number) {
  const nodes = [i, ...model.adjacency[i]!.map((l) => otherEnd(model, l, i))].filter(
    (n, k, all) => all.indexOf(n) === k,
  );
  const set = new Set(nodes);
  const links = model.links.map((_, l) => l).filter((l) => set.has(model.source[l]!) && set.has(model.target[l]!));
  return { nodes, links };
}
const hub = [...model.adjacency.keys()].sort((a, b) => model.adjacency[b]!.length - model.adjacency[a]!.length)[0]!;

describe('local layout', () => {
  test('applies to a small part of a large graph only', () => {
    expect(wantsLocalLayout(17_000, 10)).toBe(true);
    expect(wantsLocalLayout(17_000, LOCAL_LAYOUT_MAX)).toBe(false);
    expect(wantsLocalLayout(17_000, 1)).toBe(false);
    expect(wantsLocalLayout(120, 10)).toBe(false); // a small graph's own layout already spreads it
  });

  test('makes the shown part a graph of its own, started from geography, at full heat', () => {
    const { nodes, links } = neighbourhood(hub);
    const input = localLayoutInput(model, nodes, links, geo, null);
    expect([...input.nodes]).toEqual(nodes);
    expect(input.links.length).toBe(links.length * 2);
    links.forEach((l, k) =>
      expect([nodes[input.links[2 * k]!], nodes[input.links[2 * k + 1]!]]).toEqual([model.source[l], model.target[l]]),
    );
    nodes.forEach((i, j) =>
      expect([input.seedXY[2 * j], input.seedXY[2 * j + 1]]).toEqual([geo[2 * i], geo[2 * i + 1]]),
    );
    expect(input.params).toEqual(localParams(nodes.length));
    expect(input.params.alpha).toBe(paramsFor(nodes.length).alpha);
  });

  test('keeps placed places where they were and starts new ones beside a placed neighbour, gently', () => {
    const first = neighbourhood(hub);
    const before = localLayoutInput(model, first.nodes, first.links, geo, null);
    const xy = geo.slice();
    first.nodes.forEach((i, j) => ((xy[2 * i] = 1000 + j * 50), (xy[2 * i + 1] = 500)));
    const grown = neighbourhood(first.nodes[1]!);
    const nodes = [...new Set([...first.nodes, ...grown.nodes])];
    const links = [...new Set([...first.links, ...grown.links])];
    const input = localLayoutInput(model, nodes, links, geo, { nodes: before.nodes, xy });
    nodes.forEach((i, j) => {
      const at = [input.seedXY[2 * j]!, input.seedXY[2 * j + 1]!];
      if (first.nodes.includes(i)) expect(at).toEqual([xy[2 * i], xy[2 * i + 1]]);
      else {
        const beside = model.adjacency[i]!.map((l) => otherEnd(model, l, i)).find((o) => first.nodes.includes(o))!;
        expect(Math.hypot(at[0]! - xy[2 * beside]!, at[1]! - xy[2 * beside + 1]!)).toBeCloseTo(8, 3);
      }
    });
    expect(nodes.length - first.nodes.length, 'fewer new places than placed ones').toBeLessThan(first.nodes.length);
    expect(input.params.alpha).toBe(0.5);
  });

  test('shortens the ties of a larger part, keeping the small-graph forces for a focus', () => {
    expect(localParams(10)).toMatchObject({ linkDistance: 60, charge: paramsFor(10).charge });
    expect(localParams(250)).toMatchObject({ linkDistance: 24 });
    expect(localParams(250).charge).toBeGreaterThan(paramsFor(250).charge); // weaker repulsion
    expect(localParams(250, 0.5).alpha).toBe(0.5);
  });

  test('spreads places that start on one spot, the same way every time', () => {
    const { nodes, links } = neighbourhood(hub);
    const input = localLayoutInput(model, nodes, links, geo, null);
    input.seedXY.forEach((_, k) => (input.seedXY[k] = 800 + (k % 2) * 0.5 + k * 0.01)); // all within a unit
    const run = () => {
      const sim = createForceLayout(input.seedXY, input.links, input.params);
      while (sim.alpha() >= sim.alphaMin()) sim.tick();
      return readPositions(sim);
    };
    const xy = run();
    let closest = Infinity;
    for (let a = 0; a < nodes.length; a++)
      for (let b = a + 1; b < nodes.length; b++)
        closest = Math.min(closest, Math.hypot(xy[2 * a]! - xy[2 * b]!, xy[2 * a + 1]! - xy[2 * b + 1]!));
    expect(closest).toBeGreaterThan(15);
    expect([...run()]).toEqual([...xy]);
  });
});
