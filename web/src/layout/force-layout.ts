// The network layout: d3-force anchored to the seed (geographic) positions, with a seeded random source so the
// same graph always settles the same way. Pure: runs in the worker and, headlessly, in unit tests.
import {
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type Simulation,
  type SimulationNodeDatum,
} from 'd3';
import { randomLcg } from 'd3';

export interface LayoutNode extends SimulationNodeDatum {
  index: number;
  sx: number;
  sy: number;
}

export interface LayoutParams {
  linkDistance: number;
  charge: number;
  /** Pull back towards the seed position: keeps the picture geographic and shortens the settling. */
  anchor: number;
  alphaDecay: number;
  /** Start temperature: the geographic seed is already a fair picture of a large graph, so it is warmed gently. */
  alpha: number;
  /** Barnes–Hut accuracy: coarser on large graphs, where one tick of many-body is the whole cost. */
  theta: number;
  /** Pull of a tie; null: d3's default (1 / fewer ties of the two ends). Weak on the world network, whose ties
   * span continents: there the layout stays geographic and only untangles what geography piles up. */
  linkStrength: number | null;
}

/** Parameters by size: a small graph spreads out to be read; the world network stays compact and settles fast. */
export function paramsFor(nodeCount: number): LayoutParams {
  if (nodeCount < 300)
    return { linkDistance: 60, charge: -260, anchor: 0.02, alphaDecay: 0.03, alpha: 1, theta: 0.9, linkStrength: null };
  if (nodeCount < 3000)
    return {
      linkDistance: 16,
      charge: -20,
      anchor: 0.08,
      alphaDecay: 0.05,
      alpha: 0.5,
      theta: 1.1,
      linkStrength: null,
    };
  return { linkDistance: 6, charge: -3, anchor: 0.3, alphaDecay: 0.12, alpha: 0.3, theta: 1.5, linkStrength: 0.01 };
}

/** Builds a stopped simulation; call `tick()` to advance it. Positions are copied, never shared. */
export function createForceLayout(
  seedXY: Float32Array,
  links: Int32Array,
  params: LayoutParams,
  seed = 1,
): Simulation<LayoutNode, undefined> {
  const nodes: LayoutNode[] = [];
  for (let i = 0; i < seedXY.length / 2; i++)
    nodes.push({ index: i, x: seedXY[2 * i], y: seedXY[2 * i + 1], sx: seedXY[2 * i]!, sy: seedXY[2 * i + 1]! });
  const linkData: { source: number; target: number }[] = [];
  for (let l = 0; l < links.length; l += 2) linkData.push({ source: links[l]!, target: links[l + 1]! });
  return forceSimulation(nodes)
    .randomSource(randomLcg(seed))
    .alpha(params.alpha)
    .alphaDecay(params.alphaDecay)
    .force(
      'link',
      withStrength(
        forceLink<LayoutNode, { source: number; target: number }>(linkData)
          .id((d) => d.index)
          .distance(params.linkDistance),
        params.linkStrength,
      ),
    )
    .force(
      'charge',
      forceManyBody<LayoutNode>()
        .strength(params.charge)
        .theta(params.theta)
        .distanceMax(params.linkDistance * 40),
    )
    .force('x', forceX<LayoutNode>((d) => d.sx).strength(params.anchor))
    .force('y', forceY<LayoutNode>((d) => d.sy).strength(params.anchor))
    .stop();
}

export function readPositions(
  sim: Simulation<LayoutNode, undefined>,
  out = new Float32Array(sim.nodes().length * 2),
): Float32Array {
  for (const n of sim.nodes()) ((out[2 * n.index] = n.x!), (out[2 * n.index + 1] = n.y!));
  return out;
}

function withStrength<F extends { strength(s: number): F }>(force: F, strength: number | null): F {
  return strength === null ? force : force.strength(strength);
}
