// A graph's nodes numbered 0…n-1 and its adjacency as flat arrays (compressed sparse rows): what breadth-first
// searches over the whole world run on, thousands of times, without graphology's per-call allocations.
import type { CityGraph } from './graphology-graph.ts';

export interface IndexedGraph {
  ids: string[];
  /** Neighbours of node i: neighbours[offsets[i] … offsets[i+1]). */
  offsets: Int32Array;
  neighbours: Int32Array;
}

export function toIndexed(graph: CityGraph): IndexedGraph {
  const ids = graph.nodes();
  const index = new Map(ids.map((id, i) => [id, i]));
  const offsets = new Int32Array(ids.length + 1);
  ids.forEach((id, i) => (offsets[i + 1] = offsets[i]! + graph.degree(id)));
  const neighbours = new Int32Array(offsets[ids.length]!);
  ids.forEach((id, i) => {
    let at = offsets[i]!;
    graph.forEachNeighbor(id, (other) => (neighbours[at++] = index.get(other)!));
  });
  return { ids, offsets, neighbours };
}

export const degreeOf = (g: IndexedGraph, i: number) => g.offsets[i + 1]! - g.offsets[i]!;

/** Breadth-first distances from `source` into `dist` (-1: unreached); returns how many nodes were reached, in
 *  visiting order in `queue[0 … reached)`. */
export function bfs(g: IndexedGraph, source: number, dist: Int32Array, queue: Int32Array): number {
  dist.fill(-1);
  dist[source] = 0;
  queue[0] = source;
  let head = 0;
  let tail = 1;
  while (head < tail) {
    const v = queue[head++]!;
    const d = dist[v]! + 1;
    for (let e = g.offsets[v]!, end = g.offsets[v + 1]!; e < end; e++) {
      const w = g.neighbours[e]!;
      if (dist[w] === -1) {
        dist[w] = d;
        queue[tail++] = w;
      }
    }
  }
  return tail;
}

/** Connected components: the component number of each node, numbered by size, largest first (0). */
export function components(g: IndexedGraph): { of: Int32Array; sizes: number[] } {
  const n = g.ids.length;
  const raw = new Int32Array(n).fill(-1);
  const rawSizes: number[] = [];
  const stack = new Int32Array(n);
  for (let s = 0; s < n; s++) {
    if (raw[s] !== -1) continue;
    const c = rawSizes.length;
    let top = 0;
    let size = 0;
    stack[top++] = s;
    raw[s] = c;
    while (top > 0) {
      const v = stack[--top]!;
      size++;
      for (let e = g.offsets[v]!, end = g.offsets[v + 1]!; e < end; e++) {
        const w = g.neighbours[e]!;
        if (raw[w] === -1) {
          raw[w] = c;
          stack[top++] = w;
        }
      }
    }
    rawSizes.push(size);
  }
  const order = rawSizes.map((_, c) => c).sort((a, b) => rawSizes[b]! - rawSizes[a]! || a - b);
  const renumber = new Int32Array(order.length);
  order.forEach((c, i) => (renumber[c] = i));
  return { of: raw.map((c) => renumber[c]!), sizes: order.map((c) => rawSizes[c]!) };
}
