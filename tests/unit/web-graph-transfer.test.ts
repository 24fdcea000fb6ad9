// The graph worker's hand-over (web/src/api/graph-transfer.ts): the slices it sends, cloned as postMessage clones
// them and collected in order, give back the very graph the JSON path gives — same nodes, links, order and flags —
// once the worker says it is whole.
import { describe, expect, test } from 'vitest';
import { GraphSchema } from '../../core/schemas/graph.schema.ts';
import { graphCollector, graphReplies, SLICE } from '../../web/src/api/graph-transfer.ts';
import { syntheticGraph } from '../fixtures/synthetic-graph.ts';

function roundTrip(graph: ReturnType<typeof syntheticGraph>, slice?: number) {
  const add = graphCollector();
  let out;
  let messages = 0;
  for (const m of graphReplies(graph, slice)) {
    expect(out).toBeUndefined(); // nothing after `whole`
    out = add(structuredClone(m));
    messages++;
  }
  return { out, messages };
}

describe('graph transfer', () => {
  test('a world-size graph comes back equal, in slices of SLICE items', () => {
    const graph = GraphSchema.parse(
      JSON.parse(JSON.stringify({ ...syntheticGraph(5_003, 7_001, 3), truncated: true, attribution: ['a', 'b'] })),
    );
    const { out, messages } = roundTrip(graph);
    expect(out).toEqual(graph);
    expect(messages).toBe(2 + Math.ceil(5_003 / SLICE) + Math.ceil(7_001 / SLICE));
  });

  test('an empty graph, and slices of one', () => {
    expect(roundTrip({ nodes: [], links: [], truncated: false, attribution: [] }).out).toEqual({
      nodes: [],
      links: [],
      truncated: false,
      attribution: [],
    });
    const small = syntheticGraph(4, 3, 1);
    expect(roundTrip(small, 1)).toEqual({ out: small, messages: 2 + 4 + 3 });
  });
});
