// Runs fit-worker.ts in a one-shot worker thread (TypeScript through tsx's loader, as the console's workers do).
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { GraphLink, GraphNode } from '../../core/schemas/graph.schema.ts';
import type { GraphIndex } from './graph-index.ts';
import type { LogisticModel } from './logistic.ts';
import { Signals } from './signals.ts';
import type { Strength, Suggester } from './model.ts';

export interface FitJob {
  selection: { nodes: readonly GraphNode[]; links: readonly GraphLink[] };
  seed: number;
}
type FitReply = { ok: true; ix: GraphIndex; model: LogisticModel; strength: Strength } | { ok: false; message: string };

const tsxApi = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api')).href.replace(
  /index\.cjs$/,
  'index.mjs',
);
const workerUrl = new URL('./fit-worker.ts', import.meta.url).href;
const bootstrap = `import(${JSON.stringify(tsxApi)}).then((m) => { m.register(); return import(${JSON.stringify(workerUrl)}); });`;

export function fitInThread(job: FitJob): Promise<Suggester> {
  return new Promise((resolve, reject) => {
    const w = new Worker(bootstrap, { eval: true, resourceLimits: { maxOldGenerationSizeMb: 512 } });
    w.once('message', (r: FitReply) => {
      void w.terminate();
      if (r.ok) resolve({ ix: r.ix, model: r.model, strength: r.strength, signals: new Signals(r.ix) });
      else reject(new Error(`Fitting the suggestion model failed: ${r.message}`));
    });
    w.once('error', reject);
    w.once('exit', (code) => code !== 0 && reject(new Error(`The suggestion fitting thread exited with ${code}`)));
    w.postMessage(job);
  });
}
