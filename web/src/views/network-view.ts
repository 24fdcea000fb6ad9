// The network/map canvas: composes a camera, the position sources (layout workers, map), a progressive frame
// painter, the text overlay and the gesture machine, bound to the page through d3-zoom and d3-drag. It draws the
// scenes handed to it and reports gestures through callbacks; it never changes the view state itself.
import { drag, select, zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3';
import type { GraphModel } from '../model/graph-model.ts';
import { worldShapes } from '../render/borders.ts';
import { drawScene } from '../render/draw-scene.ts';
import { drawFrame, type FrameLayout } from '../render/export-frame.ts';
import type { DrawView, ViewTransform } from '../render/draw.ts';
import type { Scene } from '../render/scene.ts';
import { type GestureEffect, type GestureInput, IDLE, stepGesture } from '../interaction/gestures.ts';
import { HitTester, linkAt } from '../interaction/hit-test.ts';
import type { Layout } from '../../../core/view/view-state.ts';
import { Camera } from './canvas/camera.ts';
import { BACKGROUND, FramePainter } from './canvas/frame-painter.ts';
import { type LayoutInfo, PositionSources } from './canvas/position-sources.ts';
import { type DrawnText, type ForumTag, TextOverlay } from './canvas/text-overlay.ts';
import { lerpPositions, lerpTransform, tween } from './canvas/tween.ts';

export interface NetworkViewEvents {
  select(index: number | undefined): void;
  focus(index: number): void;
  /** A forum mark's tag was clicked: the latest edition held there. */
  forum?(id: string): void;
  /** A tie was clicked (off every node): its inspector. */
  tie?(link: number): void;
  /** The user zoomed or panned (not sent for programmatic changes). */
  transform(t: ViewTransform): void;
  /** The layout worker posted positions (settled: it has stopped). */
  layout?(info: LayoutInfo): void;
  key?(e: KeyboardEvent): void;
}

export class NetworkView {
  readonly canvas: HTMLCanvasElement;
  private camera = new Camera();
  private painter: FramePainter;
  private overlay: TextOverlay;
  private sources: PositionSources;
  private zoomBehaviour: ZoomBehavior<HTMLCanvasElement, unknown>;
  private dpr = 1;
  private scene: Scene | null = null;
  private xy: Float32Array = new Float32Array();
  private layout: Layout = 'network';
  private animating = false;
  /** Redraws once the map's borders have loaded (render/borders.ts). */
  private bordersLoaded = () => this.painter.requestFull();
  private programmatic = false;
  private gesture = IDLE;
  private hits = new HitTester();
  private resizeObserver: ResizeObserver;

  constructor(
    readonly container: HTMLElement,
    private events: NetworkViewEvents,
  ) {
    this.canvas = document.createElement('canvas');
    this.canvas.className = 'network-canvas';
    this.canvas.tabIndex = 0;
    container.append(this.canvas);
    // The painter reads the current scene and positions through live getters.
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const view = this;
    this.painter = new FramePainter(this.canvas, this.camera, {
      get scene() {
        return view.scene;
      },
      get positions() {
        return view.xy;
      },
      drawView: (t, w, h, labels) => this.drawView(t, w, h, labels),
      drawOverlay: () => this.scene && this.overlay.drawLabels(this.scene, this.xy, this.screenView(), this.dpr),
    });
    this.overlay = new TextOverlay(this.painter.context);
    this.sources = new PositionSources((xy, info) => {
      if (this.layout === 'network' && !this.animating) this.setPositions(xy);
      this.events.layout?.(info);
    });
    this.bindPointer();
    this.zoomBehaviour = zoom<HTMLCanvasElement, unknown>()
      .scaleExtent([0.2, 200])
      .on('zoom', (e: { transform: ZoomTransform; sourceEvent: Event | null }) =>
        this.onZoom(e.transform, e.sourceEvent !== null),
      );
    select(this.canvas).call(this.zoomBehaviour).on('dblclick.zoom', null);
    this.resizeObserver = new ResizeObserver(() => this.resize());
    this.resizeObserver.observe(container);
    this.resize();
  }

  /** A new graph: seed positions from geography, start the worker layout, and draw at once from the seed. */
  setModel(model: GraphModel, seed = 1): void {
    this.sources.setModel(model, seed);
    this.setPositions(this.layout === 'map' ? this.sources.map : this.sources.network);
  }

  /** What the filters show (model indices): a small part of a large graph gets a layout of its own, a large part
   *  returns (animated) to the whole graph's layout. The map is never changed: it is geography. */
  setShown(nodes: readonly number[], links: readonly number[]): void {
    const change = this.sources.setShown(nodes, links);
    if (!change || this.layout !== 'network') return;
    if (change.kind === 'left') this.animateTo(change.from, this.sources.global, () => this.sources.network);
    else if (!this.animating) this.setPositions(change.xy);
  }

  setScene(scene: Scene): void {
    this.scene = scene;
    this.hits.update(scene, this.xy);
    if (this.camera.autoFit) this.fit(false);
    this.painter.requestFull();
  }

  /** Switches layout with an animated movement of every node (and of the zoom, when it is fitted). */
  setLayout(layout: Layout, animate = true): void {
    if (layout === this.layout) return;
    this.layout = layout;
    if (layout === 'map') this.sources.mapArcs();
    const target = () => (layout === 'map' ? this.sources.map : this.sources.network);
    if (!animate) return this.setPositions(target());
    this.animateTo(this.xy.slice(), target(), target);
  }

  get currentLayout(): Layout {
    return this.layout;
  }

  get positions(): Float32Array {
    return this.xy;
  }

  get transform(): ViewTransform {
    return { ...this.camera.t };
  }

  /** Milliseconds spent drawing and frames drawn (read by the benchmark and the tests). */
  /** Resolves once the first full drawing is on the canvas. */
  get firstDrawn(): Promise<void> {
    return this.painter.firstDrawn;
  }

  get stats(): FramePainter['stats'] {
    return this.painter.stats;
  }

  /** Sets the zoom from the URL (null: fit to what is shown). */
  setTransform(t: ViewTransform | null): void {
    if (t === null) {
      this.camera.autoFit = true;
      this.fit(true);
      return;
    }
    this.camera.autoFit = false;
    if (this.camera.shows(t)) return;
    this.applyTransform(t);
    this.painter.requestFull();
  }

  /** Centres a node (keeping the zoom, or zooming in to at least `minK`). */
  centreOn(i: number, minK = 0): void {
    const x = this.xy[2 * i]!;
    if (Number.isNaN(x)) return;
    this.camera.autoFit = false;
    this.applyTransform(this.camera.centredOn(x, this.xy[2 * i + 1]!, minK));
    this.events.transform(this.camera.t);
    this.painter.requestFull();
  }

  /** Screen boxes of the forum tags drawn, each with the latest edition held there (clicks and tests). */
  forumTags(): ForumTag[] {
    return this.overlay.forumTags(this.scene, this.xy, this.screenView());
  }

  /** The labels and forum tags the last settled frame drew, with their screen boxes (tests: none overlap). */
  screenText(): DrawnText {
    return this.overlay.drawn;
  }

  screenOf(i: number): [number, number] {
    return this.camera.screenOf(this.xy[2 * i]!, this.xy[2 * i + 1]!);
  }

  /** Draws the current view, labels included, into a fresh canvas at the screen's pixel ratio (PNG export),
   *  inside `frame` when given: its bands above and below (title, legend, credits: render/export-frame.ts). */
  exportCanvas(frame?: FrameLayout): HTMLCanvasElement {
    const { width, height, t } = this.camera;
    const top = frame?.top ?? 0,
      bottom = frame?.bottom ?? 0;
    const c = document.createElement('canvas');
    c.width = width * this.dpr;
    c.height = (top + height + bottom) * this.dpr;
    const ctx = c.getContext('2d')!;
    ctx.fillStyle = BACKGROUND;
    ctx.fillRect(0, 0, c.width, c.height);
    if (this.scene) {
      const picture = document.createElement('canvas');
      picture.width = width * this.dpr;
      picture.height = height * this.dpr;
      drawScene(picture.getContext('2d')!, this.scene, this.xy, this.drawView(t, width, height, true));
      ctx.drawImage(picture, 0, top * this.dpr);
    }
    if (frame) {
      ctx.setTransform(this.dpr, 0, 0, this.dpr, 0, 0);
      drawFrame(ctx, frame, top + height);
    }
    return c;
  }

  drawView(t: ViewTransform, width: number, height: number, labels: boolean): DrawView {
    const map = this.layout === 'map';
    return {
      width,
      height,
      dpr: this.dpr,
      transform: t,
      arcs: map && !this.animating ? this.sources.knownArcs : null,
      borders: map ? worldShapes(this.bordersLoaded) : null,
      background: BACKGROUND,
      labels,
    };
  }

  dispose(): void {
    this.sources.dispose();
    this.resizeObserver.disconnect();
    this.painter.dispose();
    this.canvas.remove();
  }

  private screenView() {
    return { width: this.camera.width, height: this.camera.height, transform: this.camera.t };
  }

  /** Pointer input → the gesture machine; d3-drag owns node drags (a press off a node falls through to d3-zoom). */
  private bindPointer() {
    const sel = select(this.canvas);
    sel.call(
      drag<HTMLCanvasElement, unknown, { i: number; x: number; y: number } | undefined>()
        .subject((e: { x: number; y: number }) => {
          // A press starts a drag only when it moves the machine (a second finger during a drag is d3-zoom's).
          const before = this.gesture;
          this.send({ type: 'press', x: e.x, y: e.y });
          return this.gesture !== before && this.gesture.kind === 'dragging'
            ? { i: this.gesture.node, x: e.x, y: e.y }
            : undefined;
        })
        .on('drag', (e: { x: number; y: number }) => this.send({ type: 'drag', x: e.x, y: e.y }))
        .on('end', () => this.send({ type: 'release' })),
    );
    this.canvas.addEventListener('click', (e) => this.send({ type: 'click', x: e.offsetX, y: e.offsetY }));
    this.canvas.addEventListener('dblclick', (e) => this.send({ type: 'dblclick', x: e.offsetX, y: e.offsetY }));
    this.canvas.addEventListener('pointermove', (e) => this.send({ type: 'hover', x: e.offsetX, y: e.offsetY }));
    this.canvas.addEventListener('keydown', (e) => this.events.key?.(e));
  }

  private send(input: GestureInput) {
    const probe = {
      layout: this.layout,
      forumClicks: !!this.events.forum,
      nodeAt: (x: number, y: number, margin: number) => this.hits.find(x, y, this.camera.t, margin),
      forumAt: (x: number, y: number) => this.overlay.forumAt(this.scene, this.xy, this.screenView(), x, y),
      linkAt: (x: number, y: number) =>
        this.events.tie && this.scene && this.layout === 'network'
          ? linkAt(this.scene, this.xy, this.camera.t, x, y)
          : undefined,
    };
    const { state, effects } = stepGesture(this.gesture, input, probe);
    this.gesture = state;
    for (const effect of effects) this.apply(effect);
  }

  private apply(e: GestureEffect) {
    switch (e.type) {
      case 'select':
        return this.events.select(e.node);
      case 'focus':
        return this.events.focus(e.node);
      case 'forum':
        return this.events.forum?.(e.id);
      case 'tie':
        return this.events.tie?.(e.link);
      case 'moveNode': {
        const [x, y] = this.camera.worldOf(e.x, e.y);
        return this.setPositions(this.sources.pin(e.node, x, y));
      }
      case 'releaseNode':
        return this.sources.unpin(e.node);
      case 'cursor':
        return void (this.canvas.style.cursor = e.cursor);
      case 'userZoom':
        this.camera.autoFit = false;
        return this.events.transform(this.camera.t);
    }
  }

  /** Moves every node from one set of positions to another (and the zoom, when it is fitted), then settles on
   *  `final()` — the positions as they are by then (a running layout may have moved on meanwhile). */
  private animateTo(from: Float32Array, to: Float32Array, final: () => Float32Array): void {
    if (from.length !== to.length || !this.scene) return this.setPositions(final());
    const t0 = { ...this.camera.t };
    const t1 = this.camera.autoFit ? this.fitTransform(to) : t0;
    this.animating = true;
    tween(
      (u) => {
        this.xy = lerpPositions(from, to, u);
        this.applyTransform(lerpTransform(t0, t1, u));
        this.painter.requestFull();
      },
      () => {
        this.animating = false;
        this.setPositions(final());
      },
    );
  }

  private setPositions(xy: Float32Array) {
    this.xy = xy;
    if (this.scene) this.hits.update(this.scene, xy);
    if (this.camera.autoFit) this.fit(false);
    this.painter.requestFull();
  }

  private onZoom(t: ZoomTransform, byUser: boolean) {
    this.camera.t = { x: t.x, y: t.y, k: t.k };
    if (this.programmatic) return;
    this.send({ type: 'zoom', byUser });
    this.painter.requestMove();
  }

  /** Sets the zoom without it counting as the user's (d3-zoom keeps its own copy, for the next gesture). */
  private applyTransform(t: ViewTransform) {
    this.programmatic = true;
    this.zoomBehaviour.transform(select(this.canvas), zoomIdentity.translate(t.x, t.y).scale(t.k));
    this.programmatic = false;
    this.camera.t = { ...t };
  }

  private fitTransform(xy: Float32Array): ViewTransform {
    // Walks the batches in place: this runs on every batch of layout positions, and copying 18k indices into a
    // new array each time cost tens of ms of garbage on the world graph.
    return this.camera.fitTransform(xy, nodesOf(this.scene?.nodeBatches ?? []));
  }

  private fit(redraw: boolean) {
    if (!this.camera.width || !this.scene) return;
    this.applyTransform(this.fitTransform(this.xy));
    if (redraw) this.painter.requestFull();
  }

  private resize() {
    const r = this.container.getBoundingClientRect();
    this.dpr = Math.min(2, window.devicePixelRatio || 1);
    this.camera.width = Math.max(1, Math.round(r.width));
    this.camera.height = Math.max(1, Math.round(r.height));
    this.painter.resize(this.dpr);
    if (this.camera.autoFit) this.fit(false);
    this.painter.requestFull();
  }
}

function* nodesOf(batches: readonly { nodes: ArrayLike<number> }[]): Generator<number> {
  for (const b of batches) for (let i = 0; i < b.nodes.length; i++) yield b.nodes[i]!;
}
