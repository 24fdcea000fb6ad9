// Collects the nodes and relationships met anywhere in the result rows into `graph: { nodes, links }`, once each.
import type { CypherNode, CypherRelationship } from '../../core/schemas/cypher-console.schema.ts';

export class GraphCollector {
  readonly nodes = new Map<string, CypherNode>();
  readonly links = new Map<string, CypherRelationship>();

  /** Walks one serialised value (see value-serialiser.ts) and remembers its graph parts. */
  add(value: unknown): void {
    if (!value || typeof value !== 'object') return;
    if (Array.isArray(value)) return value.forEach((v) => this.add(v));
    const kind = (value as { $kind?: unknown }).$kind;
    if (kind === 'node') this.nodes.set((value as CypherNode).id, value as CypherNode);
    else if (kind === 'relationship') this.links.set((value as CypherRelationship).id, value as CypherRelationship);
    else if (kind === 'path') Object.values(value).forEach((v) => this.add(v));
    else if (kind === undefined) Object.values(value).forEach((v) => this.add(v));
  }

  /** elementIds of relationship ends that no row returned (fetched afterwards so every link has both ends). */
  missingEnds(): string[] {
    const ids = new Set<string>();
    for (const l of this.links.values()) for (const id of [l.start, l.end]) if (!this.nodes.has(id)) ids.add(id);
    return [...ids];
  }

  graph() {
    return {
      nodes: [...this.nodes.values()],
      links: [...this.links.values()].filter((l) => this.nodes.has(l.start) && this.nodes.has(l.end)),
    };
  }
}
