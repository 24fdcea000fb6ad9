// The ids of a city's direct neighbours in the whole graph (any tie, shown or not).
import type { GraphModel } from './graph-model.ts';

export function neighbourIds(model: GraphModel, id: string): Set<string> {
  const i = model.index.get(id);
  if (i === undefined) return new Set();
  return new Set(
    model.adjacency[i]!.map((l) => model.nodes[model.source[l] === i ? model.target[l]! : model.source[l]!]!.id),
  );
}
