// The progressive frame painter: draws a full frame (with a margin around the viewport) into a back bitmap a few
// steps per animation frame, swaps it in when complete, and between full frames shows the cached bitmap scaled and
// shifted to the current zoom — so panning a large graph stays smooth and a large frame never freezes the page.
import { drawSteps } from '../../render/draw-scene.ts';
import type { DrawView, ViewTransform } from '../../render/draw.ts';
import type { Scene } from '../../render/scene.ts';
import type { Camera } from './camera.ts';

// Links per drawing step (nodes: twice as many): a step is not divisible, and 800 long translucent lines took up to
// ~490 ms to rasterise in software on a loaded machine — one long task each time the world graph was redrawn.
const DRAW_CHUNK = 250;

export const BACKGROUND = '#0f1620';
const MARGIN = 0.25; // the cached bitmap extends a quarter of the viewport beyond each side
const FRAME_BUDGET_MS = 10; // drawing work per animation frame; the rest of a large frame continues next frame
// Until the first frame is complete there is nothing on the canvas to keep smooth: more work per animation frame
// brings the first picture sooner (the world's first full drawing, 110–170 ms on a quiet 2-core machine, in two
// frames instead of four or five), still well short of the 200 ms a start-up task may take (issue 16 §5).
const FIRST_FRAME_BUDGET_MS = 90;

/** What the painter draws: read at the start of each full frame. */
export interface PaintSource {
  readonly scene: Scene | null;
  readonly positions: Float32Array;
  drawView(t: ViewTransform, width: number, height: number, labels: boolean): DrawView;
  /** Draws the screen-space layer (labels) over a frame that matches the cache exactly. */
  drawOverlay(): void;
}

export class FramePainter {
  private ctx: CanvasRenderingContext2D;
  /** The last complete frame (with margins) and the one being drawn, swapped when the drawing completes. */
  private front = document.createElement('canvas');
  private back = document.createElement('canvas');
  private cacheT: ViewTransform | null = null;
  private job: { steps: Generator<void, void, void>; t: ViewTransform; started: number } | null = null;
  private frame = 0;
  private fullPending = false;
  private idleTimer = 0;
  private lastFullCost = 0;
  private dpr = 1;
  private drawnOnce!: () => void;
  /** Resolves once the first full drawing is on the canvas. */
  readonly firstDrawn = new Promise<void>((resolve) => (this.drawnOnce = resolve));
  /** Milliseconds spent in the last full draw and the last frame (read by the benchmark and the tests). */
  readonly stats = {
    fullDraws: 0,
    fastDraws: 0,
    lastFullMs: 0,
    lastFrameMs: 0,
    maxStepMs: 0,
    maxBlitMs: 0,
    maxLabelsMs: 0,
  };

  constructor(
    private canvas: HTMLCanvasElement,
    private camera: Camera,
    private source: PaintSource,
  ) {
    this.ctx = canvas.getContext('2d')!;
  }

  get context(): CanvasRenderingContext2D {
    return this.ctx;
  }

  /** Sizes the canvas and the caches to the camera's viewport; the cache is dropped. */
  resize(dpr: number): void {
    const { width, height } = this.camera;
    this.dpr = dpr;
    this.canvas.width = width * dpr;
    this.canvas.height = height * dpr;
    this.canvas.style.width = `${width}px`;
    this.canvas.style.height = `${height}px`;
    const [mw, mh] = this.margins();
    for (const c of [this.front, this.back]) ((c.width = (width + 2 * mw) * dpr), (c.height = (height + 2 * mh) * dpr));
    this.cacheT = null;
    this.job = null;
  }

  requestFull(): void {
    this.fullPending = true;
    if (!this.frame) this.frame = requestAnimationFrame(() => this.paint());
  }

  /** While moving: the cheap path when the full drawing is expensive, a full frame once the gesture pauses. */
  requestMove(): void {
    if (this.lastFullCost < 8) this.fullPending = true;
    clearTimeout(this.idleTimer);
    this.idleTimer = window.setTimeout(() => this.requestFull(), 140);
    if (!this.frame) this.frame = requestAnimationFrame(() => this.paint());
  }

  dispose(): void {
    cancelAnimationFrame(this.frame);
    clearTimeout(this.idleTimer);
  }

  private margins(): [number, number] {
    return [Math.round(this.camera.width * MARGIN), Math.round(this.camera.height * MARGIN)];
  }

  private paint() {
    this.frame = 0;
    const start = performance.now();
    // A drawing in progress is never abandoned (continuous updates would starve it); a newer request waits for it.
    if (!this.job && this.fullPending && this.source.scene) this.startJob(this.source.scene);
    if (this.job) this.advanceJob(start);
    if (this.cacheT) {
      const t0 = performance.now();
      const covers = this.blit();
      const t1 = performance.now();
      if (!this.job && !this.fullPending && covers && this.sameAsCache()) this.source.drawOverlay();
      this.stats.maxBlitMs = Math.max(this.stats.maxBlitMs, t1 - t0);
      this.stats.maxLabelsMs = Math.max(this.stats.maxLabelsMs, performance.now() - t1);
    }
    this.stats.lastFrameMs = performance.now() - start;
    if (this.job || this.fullPending) this.frame = requestAnimationFrame(() => this.paint());
  }

  private startJob(scene: Scene) {
    this.fullPending = false;
    if (this.stats.fullDraws === 0) performance.mark('explorer:drawing'); // read by `npm run bench:render`
    const [mw, mh] = this.margins();
    const t = { ...this.camera.t };
    const view = this.source.drawView(
      { x: t.x + mw, y: t.y + mh, k: t.k },
      this.camera.width + 2 * mw,
      this.camera.height + 2 * mh,
      false,
    );
    this.job = {
      steps: drawSteps(this.back.getContext('2d')!, scene, this.source.positions, view, DRAW_CHUNK),
      t,
      started: performance.now(),
    };
  }

  /** Draws steps of the current job until the frame budget is spent; swaps the caches when it completes. */
  private advanceJob(frameStart: number) {
    const job = this.job!;
    const budget = this.cacheT ? FRAME_BUDGET_MS : FIRST_FRAME_BUDGET_MS;
    while (performance.now() - frameStart < budget) {
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
        this.lastFullCost = this.stats.lastFullMs = performance.now() - job.started;
        if (this.stats.fullDraws++ === 0) (performance.mark('explorer:first-frame'), this.drawnOnce());
        return;
      }
    }
  }

  private sameAsCache(): boolean {
    const c = this.cacheT!;
    const t = this.camera.t;
    return Math.abs(c.x - t.x) < 0.01 && Math.abs(c.y - t.y) < 0.01 && Math.abs(c.k - t.k) < 1e-6;
  }

  /** Copies the cached frame, scaled and shifted to the current zoom; false when the cache cannot cover it. */
  private blit(): boolean {
    const c = this.cacheT!;
    const { t, width, height } = this.camera;
    const r = t.k / c.k;
    const [mw, mh] = this.margins();
    const dx = (-mw - c.x) * r + t.x;
    const dy = (-mh - c.y) * r + t.y;
    const dw = (width + 2 * mw) * r;
    const dh = (height + 2 * mh) * r;
    const covers = dx <= 0 && dy <= 0 && dx + dw >= width && dy + dh >= height && r > 0.5 && r < 2;
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
