// A full garbage collection while the server is idle, when `npm start` exposes `gc` (`--expose-gc`). Starting,
// importing, copying the graph to the console sandboxes and the warm-up leave hundreds of MB of dead objects in
// V8's old generation (soaks: 365–502 MB of heap when the first users came, 70–80 MB of it alive); V8 otherwise
// collects them under those users' requests — a major collection of that heap and slower scavenges until then, on
// the main thread that answers everyone (docs/operations.md, the soak's first minute). Every `everyMs` this looks
// at the last interval: when the main thread was nearly idle (event-loop utilisation below `idleBelow`) and the
// heap holds `growthBytes` more than after the last collection made here, it collects. Under load it never runs
// (V8's own incremental collector does); idle, it runs once per such growth, so not again and again.
import { performance } from 'node:perf_hooks';
import type { Logger } from 'pino';

export interface IdleGcOptions {
  /** The collector (tests pass their own); by default V8's, exposed by `--expose-gc`. */
  gc?: () => void;
  everyMs?: number;
  idleBelow?: number;
  growthBytes?: number;
}

/** Starts the checks; returns a stop. Does nothing when `gc` is not exposed. */
export function collectWhenIdle(
  logger: Logger,
  {
    gc = (globalThis as { gc?: () => void }).gc,
    everyMs = 2_000,
    idleBelow = 0.05,
    growthBytes = 96 * 1024 * 1024,
  }: IdleGcOptions = {},
): () => void {
  if (!gc) return () => {};
  let floor = process.memoryUsage().heapUsed;
  let last = performance.eventLoopUtilization();
  const timer = setInterval(() => {
    const now = performance.eventLoopUtilization();
    const busy = performance.eventLoopUtilization(now, last).utilization;
    last = now;
    const used = process.memoryUsage().heapUsed;
    floor = Math.min(floor, used); // V8's own collections lower it too
    if (busy >= idleBelow || used - floor < growthBytes) return;
    const started = performance.now();
    gc();
    floor = process.memoryUsage().heapUsed;
    last = performance.eventLoopUtilization();
    logger.info(
      {
        heapBeforeMb: Math.round(used / 1048576),
        heapAfterMb: Math.round(floor / 1048576),
        ms: Math.round(performance.now() - started),
      },
      'idle: garbage collected',
    );
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
