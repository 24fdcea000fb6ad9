// The analytics worker thread: computes figures or metrics of a selection it is sent, one job at a time, so
// the world's metrics (seconds of CPU) never hold up the main thread's requests (analytics-thread.ts).
import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import { compute, type ComputeJob } from './analytics-compute.ts';

try {
  setPriority(10); // niced like the console's workers: the main thread serving requests comes first
} catch {
  // not permitted here: normal priority
}

parentPort!.on('message', ({ id, job }: { id: number; job: ComputeJob }) => {
  try {
    parentPort!.postMessage({ id, result: compute(job as never) });
  } catch (err) {
    parentPort!.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
});
