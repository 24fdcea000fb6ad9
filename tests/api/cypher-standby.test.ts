// The console's warm standby (issue 15 §6: 0 5xx in the soak), against the real Neo4j and two real sandboxes: a
// runaway the sandbox cannot stop gets the active sandbox JVM killed; the standby takes over at once, so an innocent
// query sent right after the kill answers 200 within `innocentBound` — it does not wait for the JVM's restart (tens
// of seconds) nor answer 503; the queries of another client that were running or arriving around the kill answer
// 200 (or 408 if the runaway starved them of the sandbox's CPU), never 5xx; the killed sandbox comes back on its
// own store, without copying, as the new standby — and the roles swap again at the next kill.
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SandboxPair } from '../../server/cypher-console/console-sandbox-pair.ts';
import type { CypherConsole } from '../../server/cypher-console/cypher-console.ts';
import { postQuery, startSandboxPair } from '../helpers/console-abuse.ts';
import { startTestApp, testDatabase, type TestApp } from '../helpers/test-app.ts';

const timeoutMs = 5_000;
/** An innocent query sent right after the kill answers 200 within this (a quiet machine: well under a second). */
const innocentBound = 3_000;
const runaway = "RETURN 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaa!' =~ ('((a+)+' + ')+$') AS r";
const innocent = "MATCH (c:City {id: 'ru-kaluga'}) RETURN c.nameEn AS name";

let pair: SandboxPair;
let app: TestApp;

beforeAll(async () => {
  const main = testDatabase();
  pair = await startSandboxPair(
    main,
    Number(process.env.CONSOLE_STANDBY_TEST_BOLT_PORT ?? 7692),
    resolve('.data/console-standby-test'),
  );
  app = await startTestApp(main, {
    consoleBackend: pair,
    cypherConsole: {
      rateLimit: 10_000,
      timeoutMs,
      concurrency: 4,
      concurrencyPerClient: 8,
      killGraceMs: 2_000,
      cooldownMs: 600_000,
    },
    trustProxy: 'loopback',
  });
  // The worker threads started (as `npm start` does once the graph is in) and the query planned once: the test
  // measures a takeover, not a cold start.
  (app.express.locals.cypherConsole as CypherConsole).workers.warm();
  expect((await postQuery(app.url, innocent, {}, '10.0.1.1')).status).toBe(200);
}, 600_000);
afterAll(async () => {
  await app?.close();
  await pair?.close();
}, 120_000);

describe('the warm standby takes over when the active sandbox is killed', () => {
  it.each([
    ['first kill', '10.0.1.10', '10.0.1.11'],
    ['second kill (the restarted sandbox, now the standby, takes over back)', '10.0.1.20', '10.0.1.21'],
  ])(
    '%s: an innocent query right after the kill answers 200 at once; none around it answers 5xx',
    async (_, hostile, user) => {
      const service = (app.express.locals.cypherConsole as CypherConsole).service;
      await pair.whenReady(600_000, { standby: true }); // the previous kill's sandbox is back as the standby
      const killedBefore = service.stats.killed;
      const promotions = pair.promotions;
      const active = pair.active;
      const standby = pair.standby;
      const copies = active.copies + standby.copies;

      // Another client's queries, one after another, all through the runaway, its kill and the takeover.
      let done = false;
      const around: { status: number; code?: string; ms: number }[] = [];
      const loop = (async () => {
        while (!done) {
          const r = await postQuery(app.url, innocent, {}, user);
          around.push({ status: r.status, code: r.body.error?.code, ms: r.ms });
          await new Promise((res) => setTimeout(res, 100));
        }
      })();
      try {
        await killAndAsk();
      } finally {
        done = true;
        await loop;
      }
      const summary = around.map((r) => `${r.status}${r.code ? ` ${r.code}` : ''} ${r.ms.toFixed(0)} ms`);
      console.log(`another client's ${around.length} queries around the kill: ${summary.join(', ')}`);
      expect(
        around.filter((r) => r.status >= 500),
        summary.join(', '),
      ).toEqual([]);
      expect(
        around.every((r) => r.status === 200 || r.code === 'query_timeout'),
        summary.join(', '),
      ).toBe(true);
      expect(around.at(-1)?.status).toBe(200);

      // The hostile client is cooled down; the killed sandbox comes back as the standby, on its own store.
      expect((await postQuery(app.url, innocent, {}, hostile)).status).toBe(429);
      await pair.whenReady(600_000, { standby: true });
      expect(pair.standby).toBe(active);
      expect(active.copies + standby.copies, 'no copy after the restart').toBe(copies);
      console.log(`the killed sandbox is the standby again ${active.lastRestartMs} ms after its exit, without copying`);

      async function killAndAsk() {
        const stopped = await postQuery(app.url, runaway, {}, hostile);
        expect(stopped.status, JSON.stringify(stopped.body)).toBe(408);
        await service.settled(); // terminate, then (it would not stop) the kill
        expect(service.stats.killed).toBe(killedBefore + 1);
        expect(pair.promotions).toBe(promotions + 1);
        expect(pair.active).toBe(standby);
        expect(active.state).toBe('starting'); // its JVM is down and restarting

        // Right after the kill: answered by the former standby, no waiting for the restart.
        const after = await postQuery(app.url, innocent, {}, '10.0.1.99');
        console.log(`innocent query right after the kill: ${after.status} in ${after.ms.toFixed(0)} ms`);
        expect(after.status, JSON.stringify(after.body)).toBe(200);
        expect(after.body.rows).toEqual([['Kaluga']]);
        expect(after.ms).toBeLessThan(innocentBound);
        // The killed sandbox is still restarting: the answer did not come from it.
        expect(active.state).not.toBe('ready');
      }
    },
    1_200_000,
  );
});
