// Country borders for the map, from Natural Earth (render/world-atlas.ts, loaded on first use), as one Path2D in
// the same world units as the map layout.
import { geoPath } from 'd3';
import { feature, mesh } from 'topojson-client';
import { worldProjection } from '../layout/geo.ts';
import { loadWorldAtlas, type WorldTopology } from './world-atlas.ts';

export interface WorldShapes {
  land: Path2D;
  borders: Path2D;
  /** The same shapes as SVG path data (for the SVG export). */
  landD: string;
  bordersD: string;
}

let cached: WorldShapes | null = null;
let waiting: Set<() => void> | null = null;

/** The world's shapes, or null while they load (the first call starts that); `loaded` is called once they have. */
export function worldShapes(loaded: () => void): WorldShapes | null {
  if (cached) return cached;
  if (!waiting) {
    const listeners = (waiting = new Set());
    void loadWorldAtlas().then((topo) => {
      cached = shapesOf(topo);
      for (const f of listeners) f();
    });
  }
  waiting.add(loaded);
  return null;
}

function shapesOf(topo: WorldTopology): WorldShapes {
  const path = geoPath(worldProjection());
  const landD = path(feature(topo, topo.objects.land)) ?? '';
  const bordersD = path(mesh(topo, topo.objects.countries)) ?? '';
  return { land: new Path2D(landD), borders: new Path2D(bordersD), landD, bordersD };
}
