// The database circuit breaker: while it is open (the watchdog's pings miss, or the supervised JVM is down) every
// database call fails at once with 503 instead of waiting on a dead or frozen socket, and calls already waiting are
// released with 503 the moment it opens. A client-side deadline backs up the server-side transaction timeout,
// which a frozen (SIGSTOP) JVM cannot enforce.
import { DatabaseUnavailableError } from '../errors/errors.ts';

export class DatabaseBreaker {
  /** Why the database is unavailable; undefined while the breaker is closed. */
  reason: string | undefined;
  since: Date | undefined;
  private trip = newTrip();

  get isOpen(): boolean {
    return this.reason !== undefined;
  }

  open(reason: string): void {
    if (this.isOpen) return void (this.reason = reason);
    this.reason = reason;
    this.since = new Date();
    this.trip.reject(new DatabaseUnavailableError(reason));
  }

  close(): void {
    if (!this.isOpen) return;
    this.reason = undefined;
    this.since = undefined;
    this.trip = newTrip();
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
    const deadline = new Promise<never>((_, rej) => {
      timer = setTimeout(
        () =>
          rej(new DatabaseUnavailableError(`no answer from the database within ${Math.round(deadlineMs / 1000)} s`)),
        deadlineMs,
      );
    });
    try {
      return await Promise.race(releaseOnOpen ? [work, this.trip.promise, deadline] : [work, deadline]);
    } finally {
      clearTimeout(timer);
    }
  }
}

/** A promise that rejects when the breaker opens (Node 20 has no Promise.withResolvers). */
function newTrip(): { promise: Promise<never>; reject: (err: Error) => void } {
  let reject!: (err: Error) => void;
  const promise = new Promise<never>((_, rej) => (reject = rej));
  promise.catch(() => {});
  return { promise, reject };
}
