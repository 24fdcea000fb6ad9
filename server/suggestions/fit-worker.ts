// The suggestion model's fitting thread: takes the world selection, fits the model (seconds of CPU on the world
// graph) and returns the indexed graph and weights, so the HTTP thread never blocks on it.
import { parentPort } from 'node:worker_threads';
import { toGraphology } from '../derived/graphology-graph.ts';
import { fitSuggester } from './model.ts';
import type { FitJob } from './fit-thread.ts';

parentPort!.once('message', (job: FitJob) => {
  try {
    const s = fitSuggester(toGraphology(job.selection), job.seed);
    parentPort!.postMessage({ ok: true, ix: s.ix, model: s.model, strength: s.strength });
  } catch (e) {
    parentPort!.postMessage({ ok: false, message: e instanceof Error ? e.message : String(e) });
  }
});
