// The layout worker: runs the seeded force layout off the main thread and posts positions (transferred, not
// copied) a few times a second, then once more when it settles. Drag fixes a node and gently reheats.
/// <reference lib="webworker" />
import type { Simulation } from 'd3';
import { createForceLayout, type LayoutNode, type LayoutParams, readPositions } from './force-layout.ts';

export type LayoutRequest =
  | { type: 'start'; id: number; seedXY: Float32Array; links: Int32Array; params: LayoutParams; seed: number }
  | { type: 'fix'; index: number; x: number; y: number }
  | { type: 'release'; index: number }
  | { type: 'stop' };

/** `id`: the start request's, so positions of an earlier run still in flight can be told apart. */
export type LayoutMessage = {
  type: 'positions';
  id: number;
  xy: Float32Array;
  alpha: number;
  ticks: number;
  settled: boolean;
};

let sim: Simulation<LayoutNode, undefined> | null = null;
let ticks = 0;
let running = false;
let run = 0;
let startId = 0;

function post(settled: boolean) {
  if (!sim) return;
  const xy = readPositions(sim);
  const msg: LayoutMessage = { type: 'positions', id: startId, xy, alpha: sim.alpha(), ticks, settled };
  (self as unknown as DedicatedWorkerGlobalScope).postMessage(msg, [xy.buffer]);
}

// Ticks in slices of ~60 ms between posts, yielding to the message queue so drags and stops get through.
function loop(id: number) {
  if (!sim || id !== run) return;
  const start = performance.now();
  while (performance.now() - start < 60 && sim.alpha() >= sim.alphaMin()) {
    sim.tick();
    ticks++;
  }
  const settled = sim.alpha() < sim.alphaMin();
  post(settled);
  if (settled) running = false;
  else setTimeout(() => loop(id), 0);
}

function wake() {
  if (!running && sim) {
    running = true;
    setTimeout(() => loop(run), 0);
  }
}

self.onmessage = (e: MessageEvent<LayoutRequest>) => {
  const m = e.data;
  if (m.type === 'start') {
    run++;
    startId = m.id;
    running = false;
    ticks = 0;
    sim = createForceLayout(m.seedXY, m.links, m.params, m.seed);
    wake();
  } else if (m.type === 'fix' && sim) {
    const n = sim.nodes()[m.index];
    if (n) ((n.fx = m.x), (n.fy = m.y));
    sim.alpha(Math.max(sim.alpha(), 0.08));
    wake();
  } else if (m.type === 'release' && sim) {
    const n = sim.nodes()[m.index];
    if (n) ((n.fx = null), (n.fy = null));
  } else if (m.type === 'stop') {
    run++;
    sim = null;
  }
};
