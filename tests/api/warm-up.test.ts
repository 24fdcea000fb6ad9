// The start-up warm-up (server/startup/warm-up.ts): one answer of each hot kind, asked by the server of itself,
// all answered — so that what it warms (the default world body, a city, focus, path, embed, snapshot, the explorer
// page) is really made before users ask, and a later ask of the world graph is a cache hit.
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

it('asks for every hot kind once, and each answers', async () => {
  const report = await warmUp(app.url);
  expect(report.failed).toEqual([]);
  expect(report.requests).toBeGreaterThanOrEqual(12);
  const t = performance.now();
  expect((await app.get('/api/graph')).status).toBe(200);
  console.log(
    `warm-up: ${report.requests} requests in ${report.ms} ms; the world graph after it in ${(performance.now() - t).toFixed(0)} ms`,
  );
});
