// Writing text to a stream with backpressure: wait for 'drain' when the socket or file buffer is full.
import { once } from 'node:events';
import type { Writable } from 'node:stream';

export type Write = (text: string) => Promise<void>;

export function writerTo(out: Writable): Write {
  return async (text) => {
    if (!out.write(text)) await once(out, 'drain');
  };
}

/** XML text and attribute values: escaped, and characters XML 1.0 forbids removed. */
export function xml(value: unknown): string {
  return String(value)
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}
