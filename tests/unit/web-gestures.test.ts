// The canvas gesture machine, the camera and the layout tween: pure, driven headlessly by sending events and
// checking the state and effects that come out.
import { describe, expect, test } from 'vitest';
import {
  type GestureInput,
  type GestureProbe,
  type GestureState,
  IDLE,
  stepGesture,
} from '../../web/src/interaction/gestures.ts';
import { Camera } from '../../web/src/views/canvas/camera.ts';
import { lerpPositions, lerpTransform } from '../../web/src/views/canvas/tween.ts';

/** A canvas with node 7 at (100, 100) (radius 5) and a forum tag «IX» over (40..60, 40..50). */
function probe(over: Partial<GestureProbe> = {}): GestureProbe {
  return {
    layout: 'network',
    forumClicks: true,
    nodeAt: (x, y, margin) => (Math.hypot(x - 100, y - 100) <= 5 + margin ? 7 : undefined),
    forumAt: (x, y) => (x >= 40 && x <= 60 && y >= 40 && y <= 50 ? 'forum-09' : undefined),
    ...over,
  };
}

function run(inputs: GestureInput[], p = probe(), from: GestureState = IDLE) {
  let state = from;
  const effects = [];
  for (const input of inputs) {
    const r = stepGesture(state, input, p);
    state = r.state;
    effects.push(...r.effects);
  }
  return { state, effects };
}

describe('the gesture machine', () => {
  test('a press on a node drags it, moves it with the pointer, and releases it', () => {
    const { state, effects } = run([
      { type: 'press', x: 104, y: 100 },
      { type: 'drag', x: 120, y: 90 },
      { type: 'drag', x: 130, y: 80 },
      { type: 'release' },
    ]);
    expect(state).toEqual(IDLE);
    expect(effects).toEqual([
      { type: 'moveNode', node: 7, x: 120, y: 90 },
      { type: 'moveNode', node: 7, x: 130, y: 80 },
      { type: 'releaseNode', node: 7 },
    ]);
  });

  test('a press off a node, or on the map, does not capture: the zoom pans', () => {
    expect(run([{ type: 'press', x: 300, y: 300 }]).state).toEqual(IDLE);
    expect(run([{ type: 'press', x: 100, y: 100 }], probe({ layout: 'map' })).state).toEqual(IDLE);
    expect(
      run([{ type: 'press', x: 300, y: 300 }, { type: 'drag', x: 310, y: 300 }, { type: 'release' }]).effects,
    ).toEqual([]);
  });

  test('a second press during a drag leaves the first drag alone', () => {
    const dragging = run([{ type: 'press', x: 100, y: 100 }]).state;
    expect(dragging).toEqual({ kind: 'dragging', node: 7 });
    expect(stepGesture(dragging, { type: 'press', x: 100, y: 100 }, probe()).state).toBe(dragging);
  });

  test('a click selects the node under it (within the touch margin), or nothing', () => {
    expect(run([{ type: 'click', x: 112, y: 100 }]).effects).toEqual([{ type: 'select', node: 7 }]);
    expect(run([{ type: 'click', x: 114, y: 100 }]).effects).toEqual([{ type: 'select', node: undefined }]);
  });

  test('a click on a forum tag opens the forum, unless forum clicks are not handled', () => {
    expect(run([{ type: 'click', x: 50, y: 45 }]).effects).toEqual([{ type: 'forum', id: 'forum-09' }]);
    expect(run([{ type: 'click', x: 50, y: 45 }], probe({ forumClicks: false })).effects).toEqual([
      { type: 'select', node: undefined },
    ]);
  });

  test('a double click focuses a node; off a node it does nothing', () => {
    expect(run([{ type: 'dblclick', x: 100, y: 100 }]).effects).toEqual([{ type: 'focus', node: 7 }]);
    expect(run([{ type: 'dblclick', x: 0, y: 0 }]).effects).toEqual([]);
  });

  test('hovering shows a pointer over nodes (a narrower reach than a press) and forum tags', () => {
    const cursor = (x: number, y: number) => run([{ type: 'hover', x, y }]).effects;
    expect(cursor(108, 100)).toEqual([{ type: 'cursor', cursor: 'pointer' }]);
    expect(cursor(111, 100)).toEqual([{ type: 'cursor', cursor: 'grab' }]);
    expect(cursor(45, 45)).toEqual([{ type: 'cursor', cursor: 'pointer' }]);
  });

  test('only a zoom by the user hands the zoom over to the user', () => {
    expect(run([{ type: 'zoom', byUser: true }]).effects).toEqual([{ type: 'userZoom' }]);
    expect(run([{ type: 'zoom', byUser: false }]).effects).toEqual([]);
  });
});

describe('the camera', () => {
  const camera = Object.assign(new Camera(), { width: 800, height: 600 });

  test('fits the shown nodes with a padding, skipping unplaced ones, within the zoom limits', () => {
    const xy = new Float32Array([0, 0, 100, 50, NaN, NaN, 1e6, 1e6]);
    const t = camera.fitTransform(xy, [0, 1, 2]);
    expect(t.k).toBeCloseTo(6.8, 5); // (800 − 120) / 100 and (600 − 120) / 50: the narrower wins
    expect(camera.fitTransform(xy, [0, 1, 2, 3]).k).toBe(0.2);
    expect(camera.fitTransform(xy, [2])).toEqual({ x: 0, y: 0, k: 1 });
  });

  test('centres a point, keeping the zoom or raising it to a minimum; screen and world round-trip', () => {
    camera.t = { x: 10, y: 20, k: 2 };
    expect(camera.centredOn(50, 50)).toEqual({ x: 300, y: 200, k: 2 });
    expect(camera.centredOn(50, 50, 4)).toEqual({ x: 200, y: 100, k: 4 });
    expect(camera.worldOf(...camera.screenOf(33, -7))).toEqual([33, -7]);
    expect(camera.shows({ x: 10.4, y: 19.6, k: 2 })).toBe(true);
    expect(camera.shows({ x: 11, y: 20, k: 2 })).toBe(false);
  });
});

describe('the layout tween', () => {
  test('interpolates positions; a node unplaced at one end appears or disappears at that end', () => {
    const from = new Float32Array([0, 0, NaN, NaN, 5, 5]);
    const to = new Float32Array([10, 20, 4, 4, NaN, NaN]);
    expect([...lerpPositions(from, to, 0.5)]).toEqual([5, 10, 4, 4, 5, 5]);
    expect([...lerpPositions(from, to, 1)]).toEqual([10, 20, 4, 4, NaN, NaN]);
  });

  test('zooms geometrically: half way from ×1 to ×4 is ×2', () => {
    expect(lerpTransform({ x: 0, y: 0, k: 1 }, { x: 10, y: -10, k: 4 }, 0.5)).toEqual({ x: 5, y: -5, k: 2 });
  });
});
