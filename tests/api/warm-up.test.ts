// The start-up warm-up (server/startup/warm-up.ts): the hot answers, asked by the server of itself for a sample of
// cities, all answered — so that what it warms (the default world body, cities, focus, paths, embeds, snapshots,
// exports, the explorer page) is really made before users ask, and a later ask of the world graph is a cache hit.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { warmUp } from '../../server/startup/warm-up.ts';
import { startTestApp, type TestApp } from '../helpers/test-app.ts';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
});

it('asks for every hot kind for a sample of the world graph’s cities, in lanes, and each answers', async () => {
  const report = await warmUp(app.url, undefined, { cities: 12, lanes: 3 });
  expect(report.failed).toEqual([]);
  expect(report.cities).toBe(12);
  // per city: details, a search, a focus and a path; and the embed, snapshot and export kinds for some of them
  expect(report.requests).toBeGreaterThanOrEqual(4 + 4 * report.cities + 1 + 3 + 4);
  const t = performance.now();
  expect((await app.get('/api/graph')).status).toBe(200);
  console.log(
    `warm-up: ${report.requests} requests in ${report.ms} ms; the world graph after it in ${(performance.now() - t).toFixed(0)} ms`,
  );
});
