// `SIGSTOP` of the local Neo4j JVM for 10 s: the watchdog's pings miss, the breaker opens, and requests — those
// already waiting on the frozen socket and new ones — answer 503 while the JVM is still stopped (no pile-up). The
// supervisor does not kill a stopped JVM; after `SIGCONT` everything answers again and the graph is unchanged.
import { afterEach, describe, expect, it } from 'vitest';
import { HealthSchema } from '../../core/schemas/health.schema.ts';
import { graphChecksum } from '../helpers/graph-checksum.ts';
import { alive, startFaultApp, until, type FaultApp } from './fault-app.ts';

const boltPort = Number(process.env.FAULT_STOP_BOLT_PORT ?? 7733);
let app: FaultApp | undefined;
let stoppedPid: number | undefined;

afterEach(async () => {
  if (stoppedPid && alive(stoppedPid)) process.kill(stoppedPid, 'SIGCONT');
  stoppedPid = undefined;
  await app?.close();
  app = undefined;
});

const routes = [
  '/api/cities/ru-kaluga',
  '/api/cities?q=Kaluga',
  '/api/graph',
  '/api/sources',
  '/api/ready',
  '/api/health',
];

describe('the database JVM stopped for 10 s', () => {
  it('answers 503 at once meanwhile and recovers after SIGCONT', async () => {
    app = await startFaultApp('stop', boltPort);
    await app.preparing.done;
    const before = await graphChecksum(app.conn.db);
    const pid = app.jvmPid();
    const answering = await app.get('/api/health');
    expect(HealthSchema.parse(answering.body).database.answeredMsAgo).toBeGreaterThanOrEqual(0);

    process.kill(pid, 'SIGSTOP');
    stoppedPid = pid;
    const stoppedAt = Date.now();
    let continuedAt = Infinity;
    const resume = new Promise<void>((res) =>
      setTimeout(() => {
        process.kill(pid, 'SIGCONT');
        continuedAt = Date.now();
        res();
      }, 10_000),
    );
    const timed = async (path: string) => {
      const res = await app!.get(path);
      return { path, status: res.status, at: Date.now(), code: res.body?.error?.code };
    };
    // Sent while the socket is frozen and before the breaker knows: it must not wait for SIGCONT.
    const waiting = timed('/api/cities/ru-kaluga');
    // Health's own query waits on the frozen socket too; until the breaker opens it answers with the watchdog's
    // last ping when that is recent (a moment ago: they are a second apart), saying how old it is.
    const early = await app.get('/api/health');
    if (early.status === 200) expect(HealthSchema.parse(early.body).database.answeredMsAgo).toBeGreaterThan(0);
    else expect(early.body.error.code).toBe('database_unavailable');

    expect(await until(async () => (await app!.get('/api/health')).status === 503, 9_000, 100)).toBe(true);
    const health = await app.get('/api/health');
    expect(health.body.error.details.cause).toMatch(/not answered/);
    const burst = await Promise.all(Array.from({ length: 30 }, (_, i) => timed(routes[i % routes.length]!)));
    const first = await waiting;
    for (const r of [first, ...burst]) {
      expect(r, r.path).toMatchObject({ status: 503, code: 'database_unavailable' });
      expect(r.at, `${r.path} answered only after SIGCONT`).toBeLessThan(continuedAt);
    }
    console.log(
      `SIGSTOP → breaker open and 503s after ${((first.at - stoppedAt) / 1000).toFixed(1)} s (the request already waiting)`,
    );

    await resume;
    expect(alive(pid)).toBe(true);
    expect(await until(async () => (await app!.get('/api/health')).status === 200, 60_000), app.log.join('\n')).toBe(
      true,
    );
    console.log(`SIGCONT → /api/health 200 again after ${((Date.now() - continuedAt) / 1000).toFixed(1)} s`);
    expect(app.jvmPid()).toBe(pid);
    expect(app.conn.supervisor?.restarts).toBe(0);
    expect((await app.get('/api/cities/ru-kaluga')).status).toBe(200);
    expect(await graphChecksum(app.conn.db)).toEqual(before);
  }, 300_000);
});
