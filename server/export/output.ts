// Writing text to a stream with backpressure that never outlives the stream: 'drain' is awaited together with
// the stream going away (stream.finished reports a client that closed the socket, EPIPE on stdout, a file
// error), so a pending write rejects at once and the export's transaction is rolled back and its session
// closed, instead of waiting for a 'drain' that never comes.
import { once } from 'node:events';
import type { Writable } from 'node:stream';

export type Write = (text: string) => Promise<void>;

export function writerTo(out: Writable, signal: AbortSignal): Write {
  return async (text) => {
    signal.throwIfAborted();
    if (!out.write(text)) {
      try {
        await once(out, 'drain', { signal });
      } catch (err) {
        throw signal.aborted ? signal.reason : err;
      }
    }
  };
}

/** XML text and attribute values: escaped, and characters XML 1.0 forbids removed. */
export function xml(value: unknown): string {
  return String(value)
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
