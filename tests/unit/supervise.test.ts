// The JVM supervisor's policy without a JVM: restart only after an unasked exit, backoff 0.5 s doubling to 10 s,
// reset after a healthy minute, nothing after stop(). Fake processes and fake timers: no real waiting.
import { EventEmitter } from 'node:events';
import type { ChildProcess } from 'node:child_process';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LocalNeo4j } from '../../neo4j/local-neo4j.ts';
import { supervise } from '../../neo4j/supervise.ts';
import { DatabaseBreaker } from '../../server/db/breaker.ts';

let pid = 100;
function fakeNeo4j(): LocalNeo4j & { die(signal?: string): void } {
  const proc = Object.assign(new EventEmitter(), { pid: ++pid }) as unknown as ChildProcess;
  return {
    uri: 'bolt://127.0.0.1:1',
    process: proc,
    stop: vi.fn(async () => void proc.emit('exit', 0, null)),
    die: (signal = 'SIGKILL') => void proc.emit('exit', null, signal),
  };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('supervise', () => {
  it('restarts after an unasked exit with a doubling delay, and resets it after a healthy minute', async () => {
    const jvms: ReturnType<typeof fakeNeo4j>[] = [];
    let failNext = 0;
    const start = vi.fn(async () => {
      if (failNext > 0) {
        failNext--;
        throw new Error('port busy');
      }
      const jvm = fakeNeo4j();
      jvms.push(jvm);
      return jvm;
    });
    const sup = supervise(start);
    const downs: string[] = [];
    sup.on('down', (reason) => downs.push(reason));
    await sup.ready;
    expect(sup.state).toBe('up');

    failNext = 2;
    jvms[0]!.die();
    expect(sup.state).toBe('restarting');
    expect(downs).toEqual(['the database process killed by SIGKILL; restarting']);
    expect(sup.neo4j).toBeUndefined();
    const calls = () => start.mock.calls.length;
    await vi.advanceTimersByTimeAsync(499);
    expect(calls()).toBe(1);
    await vi.advanceTimersByTimeAsync(1); // 0.5 s: fails
    expect(calls()).toBe(2);
    await vi.advanceTimersByTimeAsync(1_000); // then 1 s: fails
    expect(calls()).toBe(3);
    await vi.advanceTimersByTimeAsync(1_999);
    expect(calls()).toBe(3);
    await vi.advanceTimersByTimeAsync(1); // then 2 s: up
    expect(calls()).toBe(4);
    expect(sup.state).toBe('up');
    expect(sup.restarts).toBe(1);
    expect(sup.neo4j).toBe(jvms[1]);

    jvms[1]!.die(); // died young: the delay keeps growing (4 s)
    await vi.advanceTimersByTimeAsync(3_999);
    expect(calls()).toBe(4);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls()).toBe(5);

    await vi.advanceTimersByTimeAsync(60_000); // a healthy minute: back to 0.5 s
    jvms[2]!.die();
    await vi.advanceTimersByTimeAsync(500);
    expect(calls()).toBe(6);
    expect(sup.restarts).toBe(3);
  });

  it('caps the delay at 10 s and never restarts after stop()', async () => {
    let n = 0;
    const start = vi.fn(async () => {
      if (n++ > 0) throw new Error('no');
      return fakeNeo4j();
    });
    const sup = supervise(start);
    const first = await sup.ready;
    (first as ReturnType<typeof fakeNeo4j>).die();
    await vi.advanceTimersByTimeAsync(0.5e3 + 1e3 + 2e3 + 4e3 + 8e3); // five failed tries
    expect(start).toHaveBeenCalledTimes(6);
    await vi.advanceTimersByTimeAsync(9_999);
    expect(start).toHaveBeenCalledTimes(6);
    await vi.advanceTimersByTimeAsync(1); // 10 s, not 16 s
    expect(start).toHaveBeenCalledTimes(7);
    await sup.stop();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(start).toHaveBeenCalledTimes(7);
    expect(sup.state).toBe('stopped');
  });

  it('treats stop() as asked: no restart', async () => {
    const start = vi.fn(async () => fakeNeo4j());
    const sup = supervise(start);
    await sup.ready;
    await sup.stop();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(start).toHaveBeenCalledTimes(1);
  });
});

describe('the database breaker', () => {
  it('releases waiting reads with 503 when it opens, lets running writes finish, refuses new calls, and gives up after the deadline', async () => {
    const breaker = new DatabaseBreaker();
    const never = new Promise<never>(() => {});
    const waiting = breaker.guard(never, 60_000);
    breaker.open('frozen');
    await expect(waiting).rejects.toMatchObject({
      status: 503,
      code: 'database_unavailable',
      details: { cause: 'frozen' },
    });
    await expect(breaker.guard(Promise.resolve(1), 60_000)).rejects.toMatchObject({ status: 503 });
    breaker.close();
    await expect(breaker.guard(Promise.resolve(1), 60_000)).resolves.toBe(1);
    let write: number | undefined;
    const writing = breaker
      .guard(new Promise<number>((res) => setTimeout(() => res(7), 1_000)), 60_000, { releaseOnOpen: false })
      .then((v) => (write = v));
    breaker.open('slow');
    await vi.advanceTimersByTimeAsync(1_000);
    await writing;
    expect(write).toBe(7); // a write already running is not abandoned when the breaker opens
    breaker.close();
    const late = breaker.guard(never, 5_000);
    const settled = expect(late).rejects.toMatchObject({
      status: 503,
      details: { cause: 'no answer from the database within 5 s' },
    });
    await vi.advanceTimersByTimeAsync(5_000);
    await settled;
  });

  it('keeps nothing of a finished call: no waiter left, its result collectable (no reaction on a long-lived promise)', async () => {
    vi.useRealTimers();
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const breaker = new DatabaseBreaker();
    let ref: WeakRef<object> | undefined;
    await (async () => {
      const result = { rows: new Array(1000).fill('x') };
      ref = new WeakRef(result);
      await breaker.guard(Promise.resolve(result), 60_000);
    })();
    await new Promise((res) => setImmediate(res));
    gc();
    expect(breaker.waitingCalls).toBe(0);
    expect(ref!.deref()).toBeUndefined();
  });
});
