// Where the canvas takes node positions from: the whole graph's network layout (a worker, seeded from geography),
// the map projection and its great-circle arcs, and — when a small part of a large graph is shown — that part's own
// layout in a second worker (full-size positions with the shown places overwritten; see layout/local-layout.ts).
import { greatCircleArcs } from '../../layout/arcs.ts';
import { mapPositions, seedPositions } from '../../layout/geo.ts';
import { LayoutRunner } from '../../layout/layout-runner.ts';
import { localLayoutInput, wantsLocalLayout } from '../../layout/local-layout.ts';
import type { GraphModel } from '../../model/graph-model.ts';

export interface LayoutInfo {
  ticks: number;
  settled: boolean;
}

/** What changed when the shown part changed: it left its own layout (animate from `from` to the whole graph's), or
 *  it got or changed its own layout (`xy`). */
export type ShownChange = { kind: 'left'; from: Float32Array } | { kind: 'local'; xy: Float32Array } | null;

export class PositionSources {
  private model: GraphModel | null = null;
  private globalXY: Float32Array = new Float32Array();
  private geoXY: Float32Array = new Float32Array();
  private mapXY: Float32Array = new Float32Array();
  private arcs: (Float32Array | undefined)[] | null = null;
  private local: { nodes: Int32Array; index: Map<number, number>; xy: Float32Array } | null = null;
  private runner: LayoutRunner;
  private localRunner: LayoutRunner | null = null;

  /** `onNetwork` hears each new batch of network positions that are the ones to draw. */
  constructor(private onNetwork: (xy: Float32Array, info: LayoutInfo) => void) {
    this.runner = new LayoutRunner((m) => {
      this.globalXY = m.xy;
      if (!this.local) this.onNetwork(this.globalXY, m);
    });
  }

  /** A new graph: seed positions from geography and start the worker layout from them. */
  setModel(model: GraphModel, seed = 1): void {
    this.model = model;
    this.mapXY = mapPositions(model);
    this.geoXY = seedPositions(model, seed, this.mapXY);
    this.globalXY = this.geoXY.slice();
    this.local = null;
    this.localRunner?.stop();
    this.arcs = null;
    this.runner.start(model, this.geoXY, seed);
  }

  /** The network positions drawn: the shown part's own layout when there is one, else the whole graph's. */
  get network(): Float32Array {
    return this.local?.xy ?? this.globalXY;
  }

  /** The whole graph's network positions (where a shown part returns to). */
  get global(): Float32Array {
    return this.globalXY;
  }

  get map(): Float32Array {
    return this.mapXY;
  }

  /** Great-circle polylines per link, computed on first use of the map. */
  mapArcs(): (Float32Array | undefined)[] | null {
    if (!this.arcs && this.model) this.arcs = greatCircleArcs(this.model);
    return this.arcs;
  }

  /** The arcs if already computed (drawing never computes them). */
  get knownArcs(): (Float32Array | undefined)[] | null {
    return this.arcs;
  }

  /**
   * What the filters show (model indices). On a large graph a small shown part — a focused city, its expansions —
   * gets a layout of its own, kept across expansions; a large part returns to the whole graph's layout.
   */
  setShown(nodes: readonly number[], links: readonly number[]): ShownChange {
    const model = this.model;
    if (!model) return null;
    if (!wantsLocalLayout(model.nodes.length, nodes.length)) {
      if (!this.local) return null;
      const from = this.local.xy;
      this.local = null;
      this.localRunner?.stop();
      return { kind: 'left', from };
    }
    if (this.local && this.local.nodes.length === nodes.length && this.local.nodes.every((i, j) => i === nodes[j]))
      return null;
    const input = localLayoutInput(model, nodes, links, this.geoXY, this.local);
    const xy = (this.local?.xy ?? this.globalXY).slice();
    input.nodes.forEach((i, j) => ((xy[2 * i] = input.seedXY[2 * j]!), (xy[2 * i + 1] = input.seedXY[2 * j + 1]!)));
    this.local = { nodes: input.nodes, index: new Map([...input.nodes].map((i, j) => [i, j])), xy };
    this.localRunner ??= new LayoutRunner((m) => {
      const cur = this.local;
      if (!cur) return;
      cur.nodes.forEach((i, j) => ((cur.xy[2 * i] = m.xy[2 * j]!), (cur.xy[2 * i + 1] = m.xy[2 * j + 1]!)));
      this.onNetwork(cur.xy, m);
    });
    this.localRunner.startGraph(input.seedXY, input.links, input.params);
    return { kind: 'local', xy };
  }

  /** Pins node `i` at world (x, y) in the layout that owns it; returns the network positions, updated. */
  pin(i: number, x: number, y: number): Float32Array {
    const xy = this.network;
    ((xy[2 * i] = x), (xy[2 * i + 1] = y));
    const j = this.local?.index.get(i);
    if (j !== undefined) this.localRunner!.fix(j, x, y);
    else if (!this.local) this.runner.fix(i, x, y);
    return xy;
  }

  unpin(i: number): void {
    const j = this.local?.index.get(i);
    if (j !== undefined) this.localRunner!.release(j);
    else if (!this.local) this.runner.release(i);
  }

  dispose(): void {
    this.runner.dispose();
    this.localRunner?.dispose();
  }
}
