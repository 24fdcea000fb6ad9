// The database circuit breaker: while it is open (the watchdog's pings miss, or the supervised JVM is down) every
// database call fails at once with 503 instead of waiting on a dead or frozen socket, and calls already waiting are
// released with 503 the moment it opens. A client-side deadline backs up the server-side transaction timeout,
// which a frozen (SIGSTOP) JVM cannot enforce.
import { DatabaseUnavailableError } from '../errors/errors.ts';

/** How long past its own (server-side) timeout a call may wait for the database before it is given up as 503. */
export const CLIENT_GRACE_MS = 5_000;

export class DatabaseBreaker {
  /** Why the database is unavailable; undefined while the breaker is closed. */
  reason: string | undefined;
  since: Date | undefined;
  /** The calls waiting in guard(), released with 503 when the breaker opens. A set each call leaves when it ends —
   *  not a long-lived promise raced by every call: each race adds a reaction to a promise that never settles while
   *  the breaker is closed, and those reactions kept every query's result alive (the server's heap grew with the
   *  number of requests; found by diffing two heap snapshots of the soak, docs/operations.md). */
  private readonly waiting = new Set<(err: Error) => void>();

  get isOpen(): boolean {
    return this.reason !== undefined;
  }

  open(reason: string): void {
    if (this.isOpen) return void (this.reason = reason);
    this.reason = reason;
    this.since = new Date();
    const err = new DatabaseUnavailableError(reason);
    for (const release of this.waiting) release(err);
    this.waiting.clear();
  }

  close(): void {
    if (!this.isOpen) return;
    this.reason = undefined;
    this.since = undefined;
  }

  /** Throws the 503 while open. */
  check(): void {
    if (this.reason !== undefined) throw new DatabaseUnavailableError(this.reason);
  }

  /**
   * `work`, unless the breaker opens first (503) or `deadlineMs` passes (503: the database did not answer in time).
   * `work` keeps running in the driver; its outcome is then ignored. Writes pass `releaseOnOpen: false`: a write
   * given up while the database is merely slow could still commit, and a retry of it would then run twice; a write
   * waits for its deadline (or the connection's end) instead.
   */
  async guard<T>(work: Promise<T>, deadlineMs: number, { releaseOnOpen = true } = {}): Promise<T> {
    this.check();
    work.catch(() => {});
    let timer: NodeJS.Timeout | undefined;
    let release: ((err: Error) => void) | undefined;
    // One promise per call, unreachable once the call ends: it rejects at the deadline or when the breaker opens.
    const stop = new Promise<never>((_, rej) => {
      timer = setTimeout(
        () =>
          rej(new DatabaseUnavailableError(`no answer from the database within ${Math.round(deadlineMs / 1000)} s`)),
        deadlineMs,
      );
      if (releaseOnOpen) this.waiting.add((release = rej));
    });
    try {
      return await Promise.race([work, stop]);
    } finally {
      clearTimeout(timer);
      if (release) this.waiting.delete(release);
    }
  }

  /** Calls waiting in guard() now (a test checks that none is left behind). */
  get waitingCalls(): number {
    return this.waiting.size;
  }
}
