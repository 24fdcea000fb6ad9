// The idle collector (server/startup/idle-gc.ts): it collects when the main thread was idle over an interval and
// the heap grew by the bound since its last collection — and not while the thread is busy, nor without growth.
import { pino } from 'pino';
import { expect, it } from 'vitest';
import { collectWhenIdle } from '../../server/startup/idle-gc.ts';

const logger = pino({ level: 'silent' });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

it('collects once the thread is idle and the heap grew', async () => {
  let calls = 0;
  const stop = collectWhenIdle(logger, { gc: () => calls++, everyMs: 100, idleBelow: 0.5, growthBytes: 0 });
  await sleep(350);
  stop();
  expect(calls).toBeGreaterThanOrEqual(1);
});

it('does not collect without growth', async () => {
  let calls = 0;
  const stop = collectWhenIdle(logger, { gc: () => calls++, everyMs: 100, growthBytes: 1024 ** 4 });
  await sleep(350);
  stop();
  expect(calls).toBe(0);
});

it('does not collect while the thread is busy', async () => {
  let calls = 0;
  const stop = collectWhenIdle(logger, { gc: () => calls++, everyMs: 100, idleBelow: 0.5, growthBytes: 0 });
  // Busy: every interval mostly spent in synchronous work, with a tick between slices for the timer to run.
  const until = performance.now() + 450;
  while (performance.now() < until) {
    const slice = performance.now() + 90;
    while (performance.now() < slice);
    await new Promise((r) => setImmediate(r));
  }
  stop();
  expect(calls).toBe(0);
});

it('does nothing when gc is not exposed', () => {
  const stop = collectWhenIdle(logger, { gc: undefined });
  stop();
});
