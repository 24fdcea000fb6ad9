// Ties on the map as great-circle arcs, projected once into world units (the zoom is applied when drawing).
// An arc that crosses the map's edge (the antimeridian) is broken there instead of streaking across the world.
import { geoDistance, geoInterpolate, type GeoProjection } from 'd3';
import type { GraphModel } from '../model/graph-model.ts';
import { WORLD_WIDTH, worldProjection } from './geo.ts';

export function greatCircleArcs(
  model: GraphModel,
  projection: GeoProjection = worldProjection(),
): (Float32Array | undefined)[] {
  const arcs: (Float32Array | undefined)[] = [];
  for (let l = 0; l < model.links.length; l++) {
    const a = model.nodes[model.source[l]!]!;
    const b = model.nodes[model.target[l]!]!;
    if (a.lat === null || a.lon === null || b.lat === null || b.lon === null) continue;
    const pa: [number, number] = [a.lon, a.lat];
    const pb: [number, number] = [b.lon, b.lat];
    const segments = Math.max(1, Math.min(24, Math.ceil(geoDistance(pa, pb) * 12)));
    const at = geoInterpolate(pa, pb);
    const out: number[] = [];
    let prev: [number, number] | null = null;
    for (let s = 0; s <= segments; s++) {
      const p = projection(at(s / segments));
      if (!p) continue;
      if (prev && Math.abs(p[0] - prev[0]) > WORLD_WIDTH / 3) out.push(Number.NaN, Number.NaN);
      out.push(p[0], p[1]);
      prev = p;
    }
    arcs[l] = Float32Array.from(out);
  }
  return arcs;
}
