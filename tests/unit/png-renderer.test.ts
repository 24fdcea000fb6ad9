// The snapshot renderers' pool (server/embed/png.ts): the same bytes as rendering in this thread, memory freed after
// every render, bounded (a full queue answers 503 at once), and a reader who goes away frees its place in the queue.
import { describe, expect, it } from 'vitest';
import { PngRenderer } from '../../server/embed/png.ts';
// @ts-expect-error the worker is plain JavaScript (no declaration file); its default export is svg → PNG bytes
import svgToPng from '../../server/embed/png-worker.mjs';
import { AppError } from '../../server/errors/errors.ts';

const svg = (n: number) => {
  let body = '';
  for (let i = 0; i < n; i++)
    body += `<circle cx="${(i * 37) % 1200}" cy="${(i * 53) % 630}" r="6" fill="#c0392b"/><line x1="${(i * 37) % 1200}" y1="${(i * 53) % 630}" x2="${(i * 91) % 1200}" y2="${(i * 17) % 630}" stroke="#6c7a7d"/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">${body}<text x="20" y="40" font-size="24">Калуга · Kaluga</text></svg>`;
};

describe('PngRenderer', () => {
  it('frees each render’s native memory: the process does not grow with the renders (it grew ~6 MB a render)', async () => {
    const renderer = new PngRenderer({ threads: 1, queue: 64 });
    try {
      const picture = svg(10); // a small picture: the fonts and the 1200×630 pixmap are what each render allocates
      const batch = () => Promise.all(Array.from({ length: 10 }, () => renderer.png(picture)));
      for (let i = 0; i < 2; i++) await batch(); // warm-up: the thread, its fonts, the allocator
      const before = process.memoryUsage().rss;
      for (let i = 0; i < 6; i++) await batch(); // 60 renders: ~300 MB more when each one's memory stays
      const grownMb = (process.memoryUsage().rss - before) / 2 ** 20;
      expect(grownMb).toBeLessThan(100);
    } finally {
      await renderer.close();
    }
  }, 180_000);

  it('renders the same PNG bytes off the main thread as in it', async () => {
    const renderer = new PngRenderer({ threads: 1, queue: 4 });
    try {
      const picture = svg(200);
      const png = await renderer.png(picture);
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect(png.readUInt32BE(16)).toBe(1200);
      expect(Buffer.compare(png, Buffer.from((svgToPng as (s: string) => Uint8Array)(picture)))).toBe(0);
    } finally {
      await renderer.close();
    }
  });

  it('refuses at once with 503 busy when every thread and the queue are taken', async () => {
    const renderer = new PngRenderer({ threads: 1, queue: 1 });
    try {
      const heavy = svg(3000);
      const first = renderer.png(heavy);
      const second = renderer.png(heavy);
      const third = await renderer.png(heavy).catch((e: unknown) => e);
      expect(third).toBeInstanceOf(AppError);
      expect(third).toMatchObject({ status: 503, code: 'busy' });
      expect((await first).length).toBeGreaterThan(0);
      expect((await second).length).toBeGreaterThan(0);
      expect(renderer.stats).toMatchObject({ inFlight: 0, waiting: 0 });
    } finally {
      await renderer.close();
    }
  });

  it('drops a waiting render whose reader went away, and its place serves the next', async () => {
    const renderer = new PngRenderer({ threads: 1, queue: 1 });
    try {
      const heavy = svg(3000);
      const running = renderer.png(heavy);
      const gone = new AbortController();
      const waiting = renderer.png(heavy, gone.signal).catch((e: unknown) => e);
      expect(renderer.stats.waiting).toBe(1);
      gone.abort();
      expect(await waiting).toMatchObject({ name: 'AbortError' });
      expect(renderer.stats.waiting).toBe(0);
      // the freed place in the queue takes the next render instead of a 503
      const next = renderer.png(svg(10));
      expect((await next).subarray(1, 4).toString()).toBe('PNG');
      await running;
      expect(renderer.stats).toMatchObject({ inFlight: 0, waiting: 0 });
    } finally {
      await renderer.close();
    }
  });
});
