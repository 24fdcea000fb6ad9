// A console worker thread is niced (CYPHER_WORKER_NICE) before its modules load — loading tsx and neo4j-driver is
// seconds of CPU per thread, made again after every deadline, and at normal priority it took the main thread's CPU
// in the soak's first minute (docs/operations.md) — and so is the loader thread tsx starts inside it: every thread
// a worker adds runs niced before its modules load. (Before: the worker ran at 0 until its modules had loaded, and
// tsx's loader thread for good.) Linux: a thread's niceness is read from /proc/<pid>/task/<tid>/stat.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConsoleWorkers } from '../../server/cypher-console/console-workers.ts';

/** Node's threads of this process (named `node`; libuv's pool threads are not) and their niceness. */
function nodeThreads(): Map<string, number> {
  const threads = new Map<string, number>();
  for (const tid of readdirSync(`/proc/${process.pid}/task`)) {
    try {
      if (readFileSync(`/proc/${process.pid}/task/${tid}/comm`, 'utf8').trim() !== 'node') continue;
      const stat = readFileSync(`/proc/${process.pid}/task/${tid}/stat`, 'utf8');
      threads.set(tid, Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]));
    } catch {
      // the thread ended meanwhile
    }
  }
  return threads;
}

describe('console worker threads', () => {
  it('run at CYPHER_WORKER_NICE before their modules load, tsx’s loader thread included', async () => {
    const before = nodeThreads();
    const workers = new ConsoleWorkers({ uri: 'bolt://127.0.0.1:1', nice: 10 }, 1);
    const lease = await workers.acquire(Date.now() + 10_000);
    try {
      // Node boots the thread's isolate before any of our code runs (~100 ms, at the spawner's niceness); the
      // bootstrap's first step nices it, and only then registers tsx, whose loader thread is the second new
      // thread: from the moment it exists (the modules are loading), every new thread must be niced.
      const whileLoading: number[][] = [];
      for (let i = 0; i < 30; i++) {
        const added = [...nodeThreads()].filter(([tid]) => !before.has(tid)).map(([, nice]) => nice);
        if (added.length >= 2) whileLoading.push(added);
        await new Promise((r) => setTimeout(r, 50));
      }
      expect(whileLoading.length).toBeGreaterThan(0);
      for (const added of whileLoading) expect(added).toEqual(added.map(() => 10));
    } finally {
      lease.destroy();
      await workers.close();
    }
  });
});
