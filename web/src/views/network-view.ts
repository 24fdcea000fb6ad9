// The network/map canvas: owns the canvases, d3-zoom and d3-drag, the layout worker, the map projection and the
// animated switch between layouts. It draws scenes handed to it and reports gestures through callbacks; it never
// changes the view state itself. While panning a large graph it shows a cached bitmap of the last full frame
// (drawn with a margin around the viewport) and redraws fully once the movement pauses.
import { drag, easeCubicInOut, select, zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3';
import { greatCircleArcs } from '../layout/arcs.ts';
import { mapPositions, seedPositions } from '../layout/geo.ts';
import { LayoutRunner } from '../layout/layout-runner.ts';
import { localLayoutInput, wantsLocalLayout } from '../layout/local-layout.ts';
import type { GraphModel } from '../model/graph-model.ts';
import { worldShapes } from '../render/borders.ts';
import { type DrawView, drawLabels, drawScene, drawSteps, LABEL_FONT, MARK_FONT, placeForumMarks, placeLabels, type ViewTransform } from '../render/draw.ts';
import type { Scene } from '../render/scene.ts';
import { HitTester } from '../interaction/hit-test.ts';
import type { Layout } from '../state/view-state.ts';

export interface NetworkViewEvents {
  select(index: number | undefined): void;
  focus(index: number): void;
  /** A forum mark's tag was clicked: the latest edition held there. */
  forum?(id: string): void;
  /** The user zoomed or panned (not sent for programmatic changes). */
  transform(t: ViewTransform): void;
  /** The layout worker posted positions (settled: it has stopped). */
  layout?(info: { ticks: number; settled: boolean }): void;
  key?(e: KeyboardEvent): void;
}

const BACKGROUND = '#0f1620';
const MARGIN = 0.25; // the cached bitmap extends a quarter of the viewport beyond each side
const FRAME_BUDGET_MS = 10; // drawing work per animation frame; the rest of a large frame continues next frame
// Links per drawing step (nodes: twice as many): a step is not divisible, and 800 long translucent lines took up to
// ~490 ms to rasterise in software on a loaded machine — one long task each time the world graph was redrawn.
const DRAW_CHUNK = 250;

export class NetworkView {
  readonly canvas: HTMLCanvasElement;
  private ctx: CanvasRenderingContext2D;
  /** The last complete frame (with margins) and the one being drawn, swapped when the drawing completes. */
  private front = document.createElement('canvas');
  private back = document.createElement('canvas');
  private cacheT: ViewTransform | null = null;
  private job: { steps: Generator<void, void, void>; t: ViewTransform; started: number } | null = null;
  private zoomBehaviour: ZoomBehavior<HTMLCanvasElement, unknown>;
  private t: ViewTransform = { x: 0, y: 0, k: 1 };
  private width = 0;
  private height = 0;
  private dpr = 1;
  private model: GraphModel | null = null;
  private scene: Scene | null = null;
  /** The whole graph's network layout; its geographic seed; and, when a small part of a large graph is shown,
   *  that part's own layout (full-size positions, the shown places overwritten; see layout/local-layout.ts). */
  private globalXY: Float32Array = new Float32Array();
  private geoXY: Float32Array = new Float32Array();
  private local: { nodes: Int32Array; index: Map<number, number>; xy: Float32Array } | null = null;
  private localRunner: LayoutRunner | null = null;
  private mapXY: Float32Array = new Float32Array();
  private xy: Float32Array = new Float32Array();
  private arcs: (Float32Array | undefined)[] | null = null;
  private layout: Layout = 'network';
  private autoFit = true;
  private animating = false;
  private frame = 0;
  private fullPending = false;
  private idleTimer = 0;
  private lastFullCost = 0;
  private programmatic = false;
  private runner: LayoutRunner;
  private hits = new HitTester();
  private resizeObserver: ResizeObserver;
  /** Milliseconds spent in the last full draw and the last frame (read by the benchmark). */
  readonly stats = { fullDraws: 0, fastDraws: 0, lastFrameMs: 0, maxStepMs: 0, maxBlitMs: 0, maxLabelsMs: 0 };

  constructor(readonly container: HTMLElement, private events: NetworkViewEvents) {
    this.canvas = document.createElement('canvas');
    this.canvas.className = 'network-canvas';
    this.canvas.tabIndex = 0;
    container.append(this.canvas);
    this.ctx = this.canvas.getContext('2d')!;
    this.runner = new LayoutRunner((m) => {
      this.globalXY = m.xy;
      if (this.local) return;
      if (this.layout === 'network' && !this.animating) this.setPositions(this.netXY);
      this.events.layout?.({ ticks: m.ticks, settled: m.settled });
    });
    this.zoomBehaviour = zoom<HTMLCanvasElement, unknown>()
      .scaleExtent([0.2, 200])
      .on('zoom', (e: { transform: ZoomTransform; sourceEvent: Event | null }) => this.onZoom(e.transform, e.sourceEvent !== null));
    const sel = select(this.canvas);
    sel
      .call(
        drag<HTMLCanvasElement, unknown, { i: number; x: number; y: number } | undefined>()
          .subject((e: { x: number; y: number }) => {
            if (this.layout !== 'network') return undefined;
            const i = this.hits.find(e.x, e.y, this.t, 8);
            return i === undefined ? undefined : { i, x: e.x, y: e.y };
          })
          .on('drag', (e: { subject: { i: number }; x: number; y: number }) => this.dragNode(e.subject.i, e.x, e.y))
          .on('end', (e: { subject: { i: number } }) => this.release(e.subject.i)),
      )
      .call(this.zoomBehaviour)
      .on('dblclick.zoom', null);
    this.canvas.addEventListener('click', (e) => {
      const forum = this.forumAt(e.offsetX, e.offsetY);
      if (forum && this.events.forum) return this.events.forum(forum);
      const i = this.hits.find(e.offsetX, e.offsetY, this.t, 8);
      this.events.select(i);
    });
    this.canvas.addEventListener('dblclick', (e) => {
      const i = this.hits.find(e.offsetX, e.offsetY, this.t, 8);
      if (i !== undefined) this.events.focus(i);
    });
    this.canvas.addEventListener('pointermove', (e) => {
      const over = this.forumAt(e.offsetX, e.offsetY) !== undefined || this.hits.find(e.offsetX, e.offsetY, this.t, 4) !== undefined;
      this.canvas.style.cursor = over ? 'pointer' : 'grab';
    });
    this.canvas.addEventListener('keydown', (e) => this.events.key?.(e));
    this.resizeObserver = new ResizeObserver(() => this.resize());
    this.resizeObserver.observe(container);
    this.resize();
  }

  /** A new graph: seed positions from geography, start the worker layout, and draw at once from the seed. */
  setModel(model: GraphModel, seed = 1): void {
    this.model = model;
    this.mapXY = mapPositions(model);
    this.geoXY = seedPositions(model, seed, this.mapXY);
    this.globalXY = this.geoXY.slice();
    this.local = null;
    this.localRunner?.stop();
    this.arcs = null;
    this.runner.start(model, this.geoXY, seed);
    this.setPositions(this.layout === 'map' ? this.mapXY : this.netXY);
  }

  /** The network positions drawn: the shown part's own layout when there is one, else the whole graph's. */
  private get netXY(): Float32Array {
    return this.local?.xy ?? this.globalXY;
  }

  /**
   * What the filters show (model indices). On a large graph a small shown part — a focused city, its expansions —
   * gets a layout of its own in a second worker, kept across expansions; a large part returns (animated) to the
   * whole graph's layout. The map is never changed: it is geography.
   */
  setShown(nodes: readonly number[], links: readonly number[]): void {
    const model = this.model;
    if (!model) return;
    if (!wantsLocalLayout(model.nodes.length, nodes.length)) {
      if (!this.local) return;
      const from = this.local.xy;
      this.local = null;
      this.localRunner?.stop();
      if (this.layout === 'network') this.animateTo(from, this.globalXY, () => this.netXY);
      return;
    }
    if (this.local && this.local.nodes.length === nodes.length && this.local.nodes.every((i, j) => i === nodes[j])) return;
    const input = localLayoutInput(model, nodes, links, this.geoXY, this.local);
    const xy = (this.local?.xy ?? this.globalXY).slice();
    input.nodes.forEach((i, j) => ((xy[2 * i] = input.seedXY[2 * j]!), (xy[2 * i + 1] = input.seedXY[2 * j + 1]!)));
    this.local = { nodes: input.nodes, index: new Map([...input.nodes].map((i, j) => [i, j])), xy };
    this.localRunner ??= new LayoutRunner((m) => {
      const cur = this.local;
      if (!cur) return;
      cur.nodes.forEach((i, j) => ((cur.xy[2 * i] = m.xy[2 * j]!), (cur.xy[2 * i + 1] = m.xy[2 * j + 1]!)));
      if (this.layout === 'network' && !this.animating) this.setPositions(cur.xy);
      this.events.layout?.({ ticks: m.ticks, settled: m.settled });
    });
    this.localRunner.startGraph(input.seedXY, input.links, input.params);
    if (this.layout === 'network' && !this.animating) this.setPositions(xy);
  }

  setScene(scene: Scene): void {
    this.scene = scene;
    this.hits.update(scene, this.xy);
    if (this.autoFit) this.fit(false);
    this.requestFull();
  }

  /** Switches layout with an animated movement of every node (and of the zoom, when it is fitted). */
  setLayout(layout: Layout, animate = true): void {
    if (layout === this.layout) return;
    this.layout = layout;
    if (layout === 'map' && !this.arcs && this.model) this.arcs = greatCircleArcs(this.model);
    const from = this.xy.slice();
    const to = layout === 'map' ? this.mapXY : this.netXY;
    if (!animate) return this.setPositions(to);
    this.animateTo(from, to, () => (layout === 'map' ? this.mapXY : this.netXY));
  }

  /** Moves every node from one set of positions to another (and the zoom, when it is fitted), then settles on
   *  `final()` — the positions as they are by then (a running layout may have moved on meanwhile). */
  private animateTo(from: Float32Array, to: Float32Array, final: () => Float32Array): void {
    if (from.length !== to.length || !this.scene) return this.setPositions(final());
    const t0 = { ...this.t };
    const t1 = this.autoFit ? this.fitTransform(to) : t0;
    const start = performance.now();
    const duration = 800;
    this.animating = true;
    const step = (now: number) => {
      const u = easeCubicInOut(Math.min(1, (now - start) / duration));
      const cur = new Float32Array(from.length);
      for (let p = 0; p < from.length; p++) {
        const a = from[p]!;
        const b = to[p]!;
        cur[p] = Number.isNaN(b) ? (u < 1 ? a : b) : Number.isNaN(a) ? b : a + (b - a) * u;
      }
      this.xy = cur;
      this.applyTransform({ x: t0.x + (t1.x - t0.x) * u, y: t0.y + (t1.y - t0.y) * u, k: t0.k * Math.pow(t1.k / t0.k, u) });
      this.requestFull();
      if (u < 1) requestAnimationFrame(step);
      else {
        this.animating = false;
        this.setPositions(final());
      }
    };
    requestAnimationFrame(step);
  }

  get currentLayout(): Layout {
    return this.layout;
  }

  get positions(): Float32Array {
    return this.xy;
  }

  get transform(): ViewTransform {
    return { ...this.t };
  }

  /** Sets the zoom from the URL (null: fit to what is shown). */
  setTransform(t: ViewTransform | null): void {
    if (t === null) {
      this.autoFit = true;
      this.fit(true);
      return;
    }
    this.autoFit = false;
    if (Math.abs(t.x - this.t.x) < 0.5 && Math.abs(t.y - this.t.y) < 0.5 && Math.abs(t.k - this.t.k) < 1e-3) return;
    this.applyTransform(t);
    this.requestFull();
  }

  /** Centres a node (keeping the zoom, or zooming in to at least `minK`). */
  centreOn(i: number, minK = 0): void {
    const x = this.xy[2 * i]!;
    const y = this.xy[2 * i + 1]!;
    if (Number.isNaN(x)) return;
    const k = Math.max(this.t.k, minK);
    this.autoFit = false;
    this.applyTransform({ x: this.width / 2 - x * k, y: this.height / 2 - y * k, k });
    this.events.transform(this.t);
    this.requestFull();
  }

  /** Screen boxes of the forum tags drawn, each with the latest edition held there (clicks and tests). */
  forumTags(): { id: string; box: { x: number; y: number; w: number; h: number } }[] {
    if (!this.scene) return [];
    this.ctx.font = MARK_FONT;
    const view = { width: this.width, height: this.height, transform: this.t };
    return placeForumMarks(this.scene, this.xy, view, (s) => this.ctx.measureText(s).width).flatMap((p) => (p.tag ? [{ id: p.mark.forums.at(-1)!, box: p.tag }] : []));
  }

  private forumAt(sx: number, sy: number): string | undefined {
    return this.forumTags().find(({ box: b }) => sx >= b.x && sx <= b.x + b.w && sy >= b.y && sy <= b.y + b.h)?.id;
  }

  screenOf(i: number): [number, number] {
    return [this.xy[2 * i]! * this.t.k + this.t.x, this.xy[2 * i + 1]! * this.t.k + this.t.y];
  }

  /** Draws the current view into a fresh canvas of the given pixel ratio (PNG export). */
  exportCanvas(): HTMLCanvasElement {
    const c = document.createElement('canvas');
    c.width = this.width * this.dpr;
    c.height = this.height * this.dpr;
    if (this.scene) drawScene(c.getContext('2d')!, this.scene, this.xy, this.drawView(this.t, this.width, this.height, true));
    return c;
  }

  drawView(t: ViewTransform, width: number, height: number, labels: boolean): DrawView {
    return { width, height, dpr: this.dpr, transform: t, arcs: this.layout === 'map' && !this.animating ? this.arcs : null, borders: this.layout === 'map' ? worldShapes() : null, background: BACKGROUND, labels };
  }

  dispose(): void {
    this.runner.dispose();
    this.localRunner?.dispose();
    this.resizeObserver.disconnect();
    cancelAnimationFrame(this.frame);
    this.canvas.remove();
  }

  private setPositions(xy: Float32Array) {
    this.xy = xy;
    if (this.scene) this.hits.update(this.scene, xy);
    if (this.autoFit) this.fit(false);
    this.requestFull();
  }

  private dragNode(i: number, sx: number, sy: number) {
    const x = (sx - this.t.x) / this.t.k;
    const y = (sy - this.t.y) / this.t.k;
    const xy = this.netXY;
    (xy[2 * i] = x), (xy[2 * i + 1] = y);
    const j = this.local?.index.get(i);
    if (j !== undefined) this.localRunner!.fix(j, x, y);
    else if (!this.local) this.runner.fix(i, x, y);
    this.setPositions(xy);
  }

  private release(i: number) {
    const j = this.local?.index.get(i);
    if (j !== undefined) this.localRunner!.release(j);
    else if (!this.local) this.runner.release(i);
  }

  private onZoom(t: ZoomTransform, byUser: boolean) {
    this.t = { x: t.x, y: t.y, k: t.k };
    if (this.programmatic) return;
    if (byUser) {
      this.autoFit = false;
      this.events.transform(this.t);
    }
    this.requestMove();
  }

  private applyTransform(t: ViewTransform) {
    this.programmatic = true;
    this.zoomBehaviour.transform(select(this.canvas), zoomIdentity.translate(t.x, t.y).scale(t.k));
    this.programmatic = false;
    this.t = { ...t };
  }

  private fitTransform(xy: Float32Array): ViewTransform {
    let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    // Walks the batches in place: this runs on every batch of layout positions, and copying 18k indices into a
    // new array each time cost tens of ms of garbage on the world graph.
    for (const b of this.scene?.nodeBatches ?? [])
      for (const i of b.nodes) {
        const x = xy[2 * i]!, y = xy[2 * i + 1]!;
        if (Number.isNaN(x)) continue;
        x0 = Math.min(x0, x), y0 = Math.min(y0, y), x1 = Math.max(x1, x), y1 = Math.max(y1, y);
      }
    if (!Number.isFinite(x0)) return { x: 0, y: 0, k: 1 };
    const pad = 60;
    const k = Math.min(8, Math.max(0.2, Math.min((this.width - 2 * pad) / Math.max(x1 - x0, 1), (this.height - 2 * pad) / Math.max(y1 - y0, 1))));
    return { x: this.width / 2 - ((x0 + x1) / 2) * k, y: this.height / 2 - ((y0 + y1) / 2) * k, k };
  }

  private fit(redraw: boolean) {
    if (!this.width || !this.scene) return;
    this.applyTransform(this.fitTransform(this.xy));
    if (redraw) this.requestFull();
  }

  private resize() {
    const r = this.container.getBoundingClientRect();
    this.dpr = Math.min(2, window.devicePixelRatio || 1);
    this.width = Math.max(1, Math.round(r.width));
    this.height = Math.max(1, Math.round(r.height));
    this.canvas.width = this.width * this.dpr;
    this.canvas.height = this.height * this.dpr;
    this.canvas.style.width = `${this.width}px`;
    this.canvas.style.height = `${this.height}px`;
    const mw = Math.round(this.width * MARGIN), mh = Math.round(this.height * MARGIN);
    for (const c of [this.front, this.back]) (c.width = (this.width + 2 * mw) * this.dpr), (c.height = (this.height + 2 * mh) * this.dpr);
    this.cacheT = null;
    this.job = null;
    if (this.autoFit) this.fit(false);
    this.requestFull();
  }

  private requestFull() {
    this.fullPending = true;
    if (!this.frame) this.frame = requestAnimationFrame(() => this.paint());
  }

  // While moving: the cheap path when the full drawing is expensive, a full frame once the gesture pauses.
  private requestMove() {
    if (this.lastFullCost < 8) this.fullPending = true;
    clearTimeout(this.idleTimer);
    this.idleTimer = window.setTimeout(() => this.requestFull(), 140);
    if (!this.frame) this.frame = requestAnimationFrame(() => this.paint());
  }

  private paint() {
    this.frame = 0;
    const start = performance.now();
    // A drawing in progress is never abandoned (continuous updates would starve it); a newer request waits for it.
    if (!this.job && this.fullPending && this.scene) this.startJob();
    if (this.job) this.advanceJob(start);
    if (this.cacheT) {
      const t0 = performance.now();
      const covers = this.blit();
      const t1 = performance.now();
      if (!this.job && !this.fullPending && covers && this.sameAsCache()) this.drawLabels();
      this.stats.maxBlitMs = Math.max(this.stats.maxBlitMs, t1 - t0);
      this.stats.maxLabelsMs = Math.max(this.stats.maxLabelsMs, performance.now() - t1);
    }
    this.stats.lastFrameMs = performance.now() - start;
    if (this.job || this.fullPending) this.frame = requestAnimationFrame(() => this.paint());
  }

  private startJob() {
    this.fullPending = false;
    const mw = Math.round(this.width * MARGIN), mh = Math.round(this.height * MARGIN);
    const t = { ...this.t };
    const view = this.drawView({ x: t.x + mw, y: t.y + mh, k: t.k }, this.width + 2 * mw, this.height + 2 * mh, false);
    this.job = { steps: drawSteps(this.back.getContext('2d')!, this.scene!, this.xy, view, DRAW_CHUNK), t, started: performance.now() };
  }

  /** Draws steps of the current job until the frame budget is spent; swaps the caches when it completes. */
  private advanceJob(frameStart: number) {
    const job = this.job!;
    while (performance.now() - frameStart < FRAME_BUDGET_MS) {
      const t0 = performance.now();
      const done = job.steps.next().done;
      // Chromium records 2D drawing and rasterises it when the canvas is next read: without this one-pixel read
      // the whole frame's raster would land on the bitmap copy, as one long freeze, instead of per step.
      if (!done) this.back.getContext('2d')!.getImageData(0, 0, 1, 1);
      this.stats.maxStepMs = Math.max(this.stats.maxStepMs, performance.now() - t0);
      if (done) {
        [this.front, this.back] = [this.back, this.front];
        this.cacheT = job.t;
        this.job = null;
        this.lastFullCost = performance.now() - job.started;
        this.stats.fullDraws++;
        return;
      }
    }
  }

  private sameAsCache(): boolean {
    const c = this.cacheT!;
    return Math.abs(c.x - this.t.x) < 0.01 && Math.abs(c.y - this.t.y) < 0.01 && Math.abs(c.k - this.t.k) < 1e-6;
  }

  private labelWidths = new Map<string, number>();

  private drawLabels() {
    const scene = this.scene!;
    const tags = this.forumTags().map((t) => t.box);
    this.ctx.setTransform(this.dpr, 0, 0, this.dpr, 0, 0);
    this.ctx.font = LABEL_FONT;
    // Text widths are measured once per name: placing labels tries hundreds of candidates on every redraw.
    const measure = (s: string) => {
      let w = this.labelWidths.get(s);
      if (w === undefined) this.labelWidths.set(s, (w = this.ctx.measureText(s).width));
      return w;
    };
    // About one label per 6000 px² at most: enough to read, and text is the dearest thing to draw in software.
    const max = Math.min(400, Math.round((this.width * this.height) / 6000));
    drawLabels(this.ctx, scene, placeLabels(scene, this.xy, { width: this.width, height: this.height, transform: this.t }, measure, max, tags));
  }

  /** Copies the cached frame, scaled and shifted to the current zoom; false when the cache cannot cover it. */
  private blit(): boolean {
    const c = this.cacheT!;
    const r = this.t.k / c.k;
    const mw = Math.round(this.width * MARGIN), mh = Math.round(this.height * MARGIN);
    const dx = (-mw - c.x) * r + this.t.x;
    const dy = (-mh - c.y) * r + this.t.y;
    const dw = (this.width + 2 * mw) * r;
    const dh = (this.height + 2 * mh) * r;
    const covers = dx <= 0 && dy <= 0 && dx + dw >= this.width && dy + dh >= this.height && r > 0.5 && r < 2;
    const ctx = this.ctx;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.fillStyle = BACKGROUND;
    ctx.fillRect(0, 0, this.canvas.width, this.canvas.height);
    ctx.imageSmoothingEnabled = r !== 1;
    ctx.drawImage(this.front, dx * this.dpr, dy * this.dpr, dw * this.dpr, dh * this.dpr);
    this.stats.fastDraws++;
    if (!covers) this.fullPending = true;
    return covers;
  }
}
