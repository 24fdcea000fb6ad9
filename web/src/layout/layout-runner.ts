// Main-thread side of the layout worker: starts a layout for a model and hands each batch of positions on.
import { type GraphModel } from '../model/graph-model.ts';
import { paramsFor, type LayoutParams } from './force-layout.ts';
import type { LayoutMessage, LayoutRequest } from './force.worker.ts';

export class LayoutRunner {
  private worker: Worker;
  private id = 0;

  /** `onPositions` hears only the latest start's positions. */
  constructor(private onPositions: (msg: LayoutMessage) => void) {
    this.worker = new Worker(new URL('./force.worker.ts', import.meta.url), { type: 'module' });
    this.worker.onmessage = (e: MessageEvent<LayoutMessage>) =>
      void (e.data.id === this.id && this.onPositions(e.data));
  }

  start(model: GraphModel, seedXY: Float32Array, seed = 1): void {
    const links = new Int32Array(model.links.length * 2);
    for (let l = 0; l < model.links.length; l++)
      ((links[2 * l] = model.source[l]!), (links[2 * l + 1] = model.target[l]!));
    this.startGraph(seedXY.slice(), links, paramsFor(model.nodes.length), seed);
  }

  /** Any graph: `links` as pairs of indices into `seedXY`'s points (both are transferred, not copied). */
  startGraph(seedXY: Float32Array, links: Int32Array, params: LayoutParams, seed = 1): void {
    this.send({ type: 'start', id: ++this.id, seedXY, links, params, seed }, [links.buffer, seedXY.buffer]);
  }

  fix(index: number, x: number, y: number): void {
    this.send({ type: 'fix', index, x, y });
  }

  release(index: number): void {
    this.send({ type: 'release', index });
  }

  stop(): void {
    this.id++;
    this.send({ type: 'stop' });
  }

  dispose(): void {
    this.send({ type: 'stop' });
    this.worker.terminate();
  }

  private send(m: LayoutRequest, transfer: Transferable[] = []) {
    this.worker.postMessage(m, transfer);
  }
}
