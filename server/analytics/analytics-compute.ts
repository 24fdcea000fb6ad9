// What the analytics worker computes, as one function of a graph selection: the main thread calls it directly
// for small selections and through the worker thread (analytics-worker.ts) for large ones.
import type { GraphFigures } from '../../core/schemas/analytics.schema.ts';
import type { GraphLink, GraphNode } from '../../core/schemas/graph.schema.ts';
import { toGraphology } from '../derived/graphology-graph.ts';
import { cityMetrics, type MetricsResult } from './city-metrics.ts';
import { graphFigures } from './graph-figures.ts';

export type Selection = { nodes: GraphNode[]; links: GraphLink[] };

export interface ComputeJob {
  kind: 'figures' | 'metrics';
  selection: Selection;
}

export type ComputeResult = { figures: GraphFigures; ms: number } | { metrics: MetricsResult; ms: number };

export function compute(job: { kind: 'figures'; selection: Selection }): { figures: GraphFigures; ms: number };
export function compute(job: { kind: 'metrics'; selection: Selection }): { metrics: MetricsResult; ms: number };
export function compute(job: ComputeJob): ComputeResult {
  const started = performance.now();
  const graph = toGraphology(job.selection);
  if (job.kind === 'figures') return { figures: graphFigures(graph), ms: performance.now() - started };
  // A tie's weight for the weighted PageRank: the agreements that document it (a tie known only from a list: 1).
  const weights = new Map(job.selection.links.map((l) => [l.id, Math.max(1, l.agreements.length)]));
  return { metrics: cityMetrics(graph, weights), ms: performance.now() - started };
}
