// One projection for the whole app: the world in a fixed 1600-unit-wide space that both layouts share, so the
// network layout can start from geography and the switch to the map is a short, readable movement.
import { geoEqualEarth, type GeoProjection } from 'd3';
import { randomLcg } from 'd3';
import { type GraphModel, otherEnd } from '../model/graph-model.ts';

export const WORLD_WIDTH = 1600;

export function worldProjection(): GeoProjection {
  return geoEqualEarth().fitWidth(WORLD_WIDTH, { type: 'Sphere' });
}

/** Map positions: [x0, y0, x1, y1, …]; NaN where a place has no coordinates (unknown stays unknown). */
export function mapPositions(model: GraphModel, projection = worldProjection()): Float32Array {
  const xy = new Float32Array(model.nodes.length * 2).fill(Number.NaN);
  model.nodes.forEach((n, i) => {
    if (n.lat === null || n.lon === null) return;
    const p = projection([n.lon, n.lat]);
    if (p) ((xy[2 * i] = p[0]), (xy[2 * i + 1] = p[1]));
  });
  return xy;
}

/**
 * Start positions of the network layout: the map position with a little seeded jitter (places sharing
 * coordinates must not start on top of each other); places without coordinates start beside a placed neighbour,
 * or near the centre. Deterministic for a given model and seed.
 */
export function seedPositions(model: GraphModel, seed = 42, map = mapPositions(model)): Float32Array {
  const rnd = randomLcg(seed);
  const xy = new Float32Array(map.length);
  const [cx, cy] = worldProjection()([30, 50]) ?? [WORLD_WIDTH / 2, WORLD_WIDTH / 4];
  const n = model.nodes.length;
  for (let i = 0; i < n; i++) {
    let x = map[2 * i]!;
    let y = map[2 * i + 1]!;
    if (Number.isNaN(x)) {
      const placed = model.adjacency[i]!.map((l) => otherEnd(model, l, i)).find((j) => !Number.isNaN(map[2 * j]!));
      x = placed === undefined ? cx : map[2 * placed]!;
      y = placed === undefined ? cy : map[2 * placed + 1]!;
      x += (rnd() - 0.5) * 20;
      y += (rnd() - 0.5) * 20;
    }
    xy[2 * i] = x + (rnd() - 0.5) * 2;
    xy[2 * i + 1] = y + (rnd() - 0.5) * 2;
  }
  return xy;
}
