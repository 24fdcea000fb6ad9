// The database watchdog: pings the database about every second with a short deadline. After a few misses in a row
// it opens the breaker (every request then answers 503 at once instead of piling up on a dead or frozen socket); the
// first ping that answers closes it again. It never restarts anything — that is the JVM supervisor's job.
import type { Database } from './database.ts';

export interface WatchdogOptions {
  intervalMs?: number;
  /** Deadline of one ping. */
  timeoutMs?: number;
  /** Misses in a row that open the breaker. */
  misses?: number;
  log?: (msg: string) => void;
}

export interface Watchdog {
  stop(): void;
}

export function startWatchdog(db: Database, opts: WatchdogOptions = {}): Watchdog {
  const intervalMs = opts.intervalMs ?? 1_000;
  const timeoutMs = opts.timeoutMs ?? 1_000;
  const misses = opts.misses ?? 3;
  const log = opts.log ?? (() => {});
  let missed = 0;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const tick = async () => {
    const began = Date.now();
    try {
      await db.ping(timeoutMs);
      if (db.breaker.isOpen) log(`database answers again after ${missed} missed pings: breaker closed`);
      missed = 0;
      db.breaker.close();
    } catch (err) {
      missed++;
      if (missed >= misses && !db.breaker.isOpen) {
        log(`database missed ${missed} pings in a row: breaker open`);
        db.breaker.open(`the database has not answered for ${missed} pings (${(err as Error).message.split('\n')[0]})`);
      }
    }
    if (!stopped) timer = setTimeout(() => void tick(), Math.max(0, intervalMs - (Date.now() - began))).unref();
  };
  timer = setTimeout(() => void tick(), intervalMs).unref();
  return {
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
