// A layout of its own for a small shown part of a large graph, as Neo4j Bloom lays out its scene: the world
// network's layout stays close to geography (its ties span continents), so a focused city's partners that are
// near each other on the globe — Kaluga, Tula, Smolensk, Minsk — would sit on top of each other. The shown
// part is laid out with the small-graph forces instead; leaving it (whole graph, wider filters) returns to the
// global picture. Pure: the view runs it in a second worker.
import { type GraphModel, otherEnd } from '../model/graph-model.ts';
import { paramsFor, type LayoutParams } from './force-layout.ts';

/** Below this many shown places the small-graph forces apply (paramsFor's first band). */
export const LOCAL_LAYOUT_MAX = 300;

/** A local layout when the whole graph is laid out compactly (large) and what is shown is small. */
export function wantsLocalLayout(modelNodes: number, shownNodes: number): boolean {
  return modelNodes >= LOCAL_LAYOUT_MAX && shownNodes > 1 && shownNodes < LOCAL_LAYOUT_MAX;
}

export interface LocalLayoutInput {
  /** Model indices of the shown places; local index j is nodes[j]. */
  nodes: Int32Array;
  /** Shown ties as pairs of local indices. */
  links: Int32Array;
  seedXY: Float32Array;
  /** The small-graph forces, shortened for a larger part (so it is not fitted so far out that its nodes shrink to
   *  dots), and full heat for a fresh picture, less when most places keep where they were (an expansion). */
  params: LayoutParams;
}

/** Small-graph forces with ties shortened from 60 (up to 40 places) towards 24 (300), repulsion in proportion. */
export function localParams(places: number, alpha?: number): LayoutParams {
  const base = paramsFor(places);
  const linkDistance = Math.round(Math.max(24, Math.min(60, 60 * Math.sqrt(40 / places))));
  return {
    ...base,
    linkDistance,
    charge: Math.round(base.charge * (linkDistance / 60) ** 2),
    alpha: alpha ?? base.alpha,
  };
}

/**
 * The shown part as a graph of its own. Seeds: where a place was in the previous local picture, it stays; a new
 * place starts beside a neighbour already placed (as an expansion grows out of the expanded city); otherwise at
 * its geographic seed. Deterministic for the same inputs.
 */
export function localLayoutInput(
  model: GraphModel,
  shownNodes: readonly number[],
  shownLinks: readonly number[],
  geoXY: Float32Array,
  previous: { nodes: Int32Array; xy: Float32Array } | null,
): LocalLayoutInput {
  const nodes = Int32Array.from(shownNodes);
  const local = new Map<number, number>();
  nodes.forEach((i, j) => local.set(i, j));
  const links = new Int32Array(shownLinks.length * 2);
  shownLinks.forEach(
    (l, k) => ((links[2 * k] = local.get(model.source[l]!)!), (links[2 * k + 1] = local.get(model.target[l]!)!)),
  );
  const kept = new Set(previous?.nodes ?? []);
  const seedXY = new Float32Array(nodes.length * 2);
  const placed = new Set<number>();
  nodes.forEach((i, j) => {
    if (!kept.has(i)) return;
    ((seedXY[2 * j] = previous!.xy[2 * i]!), (seedXY[2 * j + 1] = previous!.xy[2 * i + 1]!));
    placed.add(i);
  });
  nodes.forEach((i, j) => {
    if (placed.has(i)) return;
    const neighbour = kept.size
      ? model.adjacency[i]!.map((l) => otherEnd(model, l, i)).find((o) => placed.has(o))
      : undefined;
    // A little deterministic offset, so places added beside the same neighbour do not start on one point.
    const a = j * 2.399963; // the golden angle
    if (neighbour !== undefined)
      ((seedXY[2 * j] = previous!.xy[2 * neighbour]! + 8 * Math.cos(a)),
        (seedXY[2 * j + 1] = previous!.xy[2 * neighbour + 1]! + 8 * Math.sin(a)));
    else ((seedXY[2 * j] = geoXY[2 * i]!), (seedXY[2 * j + 1] = geoXY[2 * i + 1]!));
  });
  const reused = nodes.filter((i) => kept.has(i)).length;
  return { nodes, links, seedXY, params: localParams(nodes.length, reused > nodes.length / 2 ? 0.5 : undefined) };
}
