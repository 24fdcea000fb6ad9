// Periodic diagnostics of the server process, for the soak and for operators (DIAGNOSTICS_EVERY_S, off by
// default): one log line per interval with memory by kind (process.memoryUsage: rss, heapUsed, external,
// arrayBuffers), the response cache's size, the console's live worker threads, and the main thread's event-loop
// delay over that interval (perf_hooks.monitorEventLoopDelay: p50, p99, max) — what stalls every request when the
// main thread is busy. A log line, not an endpoint: nothing new to expose or protect.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { Logger } from 'pino';

export interface DiagnosticsSources {
  /** Bytes (approximately) held by the response cache, and its entries. */
  cache?: () => { bytes: number; entries: number };
  /** Extra counts to report (console workers live, snapshot renderers…). */
  counts?: () => Record<string, number>;
}

const mb = (bytes: number) => Math.round((bytes / 1048576) * 10) / 10;
const ms = (ns: number) => Math.round(ns / 1e5) / 10;

/** The current figures; `delay` is reset after reading, so each line covers one interval. */
export function diagnosticsLine(delay: ReturnType<typeof monitorEventLoopDelay>, sources: DiagnosticsSources) {
  const m = process.memoryUsage();
  const cache = sources.cache?.();
  const line = {
    rssMb: mb(m.rss),
    heapUsedMb: mb(m.heapUsed),
    heapTotalMb: mb(m.heapTotal),
    externalMb: mb(m.external),
    arrayBuffersMb: mb(m.arrayBuffers),
    ...(cache ? { cacheMb: mb(cache.bytes), cacheEntries: cache.entries } : {}),
    ...sources.counts?.(),
    loopDelayP50Ms: ms(delay.percentile(50)),
    loopDelayP99Ms: ms(delay.percentile(99)),
    loopDelayMaxMs: ms(delay.max),
  };
  delay.reset();
  return line;
}

/** Logs `{ msg: 'diagnostics', … }` every `everyS` seconds (at info, whatever LOG_LEVEL is); returns a stop. */
export function startDiagnostics(logger: Logger, everyS: number, sources: DiagnosticsSources): () => void {
  if (!(everyS > 0)) return () => {};
  const log = logger.child({}, { level: 'info' });
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  const timer = setInterval(
    () => log.info({ diagnostics: diagnosticsLine(delay, sources) }, 'diagnostics'),
    everyS * 1000,
  );
  timer.unref();
  return () => {
    clearInterval(timer);
    delay.disable();
  };
}
