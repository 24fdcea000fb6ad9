// A signal for a reader that went away: it aborts when a stream (an HTTP response, a pipe, a file) closes or
// fails before it finished, so work done for that reader (a transaction, a render) can stop at once.
import { finished, type Writable } from 'node:stream';
import { StreamGoneError } from '../errors/errors.ts';

/** Aborts when `out` closes or fails before it finished (a client that went away); `stop()` ends the watch. */
export function goneSignal(out: Writable): { signal: AbortSignal; stop: () => void } {
  const gone = new AbortController();
  const stop = finished(out, (err) => {
    if (err) gone.abort(new StreamGoneError(err));
  });
  return { signal: gone.signal, stop };
}
