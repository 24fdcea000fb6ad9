// The render benchmark page (not part of the explorer build): loads a graph, draws it with the explorer's canvas
// renderer or the SVG baseline, and exposes timings to tests/bench/render.bench.ts.
import { GraphSchema } from '../../core/schemas/graph.schema.ts';
import { seedPositions } from '../src/layout/geo.ts';
import { buildModel } from '../src/model/graph-model.ts';
import { computeVisible } from '../src/model/visibility.ts';
import { buildScene, selectionContext } from '../src/render/scene.ts';
import { defaultState } from '../../core/view/view-state.ts';
import { NetworkView } from '../src/views/network-view.ts';
import { svgBaseline } from './svg-baseline.ts';

const longTasks: { start: number; duration: number }[] = [];
new PerformanceObserver((list) =>
  list.getEntries().forEach((e) => longTasks.push({ start: e.startTime, duration: e.duration })),
).observe({ type: 'longtask', buffered: true });
const nextFrame = () => new Promise<number>((res) => requestAnimationFrame(res));

const renderer = new URLSearchParams(location.search).get('renderer') ?? 'canvas';
const host = document.querySelector<HTMLElement>('#host')!;
const graph = GraphSchema.parse(await (await fetch('/bench/graph.json')).json());
const tData = performance.now();
const marks: Record<string, number> = {};
const mark = (name: string) => (marks[name] = performance.now() - tData);
const model = buildModel(graph);
mark('model');
let settledAt = 0;
let layoutTicks = 0;
let frameCost = (): number => 0;
let baseline: ReturnType<typeof svgBaseline> | null = null;

if (renderer === 'canvas') {
  const view = new NetworkView(host, {
    select() {},
    focus() {},
    transform() {},
    layout: (i) => ((layoutTicks = i.ticks), i.settled && !settledAt && (settledAt = performance.now())),
  });
  view.setModel(model);
  mark('positions seeded, worker started');
  await new Promise((r) => setTimeout(r)); // the explorer yields here too (one task per stage)
  view.setScene(
    buildScene(model, selectionContext(model, computeVisible(model, defaultState()), defaultState(), 'en', null, null)),
  );
  mark('scene');
  while (view.stats.fullDraws === 0) await nextFrame();
  mark('drawn');
  frameCost = () => view.stats.lastFrameMs;
  (window as unknown as { view: NetworkView }).view = view;
} else {
  baseline = svgBaseline(host, model, seedPositions(model, 1));
}
// Two animation frames: the second starts only after the first drawn frame has been presented (fair to the SVG,
// whose drawing happens after the script, in the browser's own rendering step).
await nextFrame();
await nextFrame();
const firstFrameMs = performance.now() - tData;

let frames: number[] = [];
let costs: number[] = [];
let recording = false;
async function record() {
  let last = await nextFrame();
  while (recording) {
    const now = await nextFrame();
    frames.push(now - last);
    costs.push(frameCost());
    last = now;
  }
}

const api = {
  nodes: model.nodes.length,
  links: model.links.length,
  firstFrameMs,
  layoutSettledMs: () => (settledAt ? settledAt - tData : null),
  layoutTicks: () => layoutTicks,
  startFrames() {
    frames = [];
    costs = [];
    recording = true;
    void record();
  },
  stopFrames() {
    recording = false;
    return { frames, costs };
  },
  baselineLayout: (capMs: number) => baseline!.layout(capMs),
  longTasks: () => longTasks,
  tData,
  marks,
};
(window as unknown as { bench: typeof api }).bench = api;
