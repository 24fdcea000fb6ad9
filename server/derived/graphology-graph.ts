// A graph selection (GET /api/graph's nodes and links, any filter) as a graphology graph: the one in-memory form
// the derived data — analytics (docs/analytics.md) and suggestions (docs/suggestions.md) — is computed on.
// Undirected and simple, like the twin-city network: a tie is stored once per pair (docs/graph-model.md).
// The named class: graphology's types are CommonJS, so its default export does not type-check under NodeNext.
import { UndirectedGraph } from 'graphology';
import type { GraphLink, GraphNode } from '../../core/schemas/graph.schema.ts';

export type CityAttributes = Pick<GraphNode, 'country' | 'lat' | 'lon' | 'nameRu' | 'nameEn'>;
export type TieAttributes = Pick<GraphLink, 'id' | 'kind' | 'year'>;
export type CityGraph = UndirectedGraph<CityAttributes, TieAttributes>;

export function toGraphology(part: { nodes: readonly GraphNode[]; links: readonly GraphLink[] }): CityGraph {
  const graph: CityGraph = new UndirectedGraph({ allowSelfLoops: false });
  for (const n of part.nodes) {
    graph.mergeNode(n.id, { country: n.country, lat: n.lat, lon: n.lon, nameRu: n.nameRu, nameEn: n.nameEn });
  }
  for (const l of part.links) {
    if (l.source === l.target || !graph.hasNode(l.source) || !graph.hasNode(l.target)) continue;
    graph.mergeEdgeWithKey(l.id, l.source, l.target, { id: l.id, kind: l.kind, year: l.year });
  }
  return graph;
}
