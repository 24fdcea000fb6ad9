// Country borders for the map, from Natural Earth (world-atlas, bundled: no tiles or CDN), as one Path2D in
// the same world units as the map layout.
import { geoPath } from 'd3';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries110m from 'world-atlas/countries-110m.json' with { type: 'json' };
import { worldProjection } from '../layout/geo.ts';

export interface WorldShapes {
  land: Path2D;
  borders: Path2D;
  /** The same shapes as SVG path data (for the SVG export). */
  landD: string;
  bordersD: string;
}

let cached: WorldShapes | null = null;

export function worldShapes(): WorldShapes {
  if (cached) return cached;
  const topo = countries110m as unknown as Topology<{ countries: GeometryCollection; land: GeometryCollection }>;
  const path = geoPath(worldProjection());
  const landD = path(feature(topo, topo.objects.land)) ?? '';
  const bordersD = path(mesh(topo, topo.objects.countries)) ?? '';
  cached = { land: new Path2D(landD), borders: new Path2D(bordersD), landD, bordersD };
  return cached;
}
