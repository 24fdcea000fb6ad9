// The base map of an embed's map layout: land and country borders from Natural Earth (world-atlas 110m, the data
// the explorer's map draws: web/src/render/borders.ts), projected as the places are (core/embed/layout.ts: Web
// Mercator, then the layout's fit into its box) and clipped to the box. Computed on the server and handed to the
// snapshot and to the live embed as SVG path data, so neither the embed's bundle nor the browser carries the atlas.
import { geoMercator, geoPath, type GeoProjection } from 'd3';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries110m from 'world-atlas/countries-110m.json' with { type: 'json' };
import { BOX, mapFit, type LayoutNode } from '../../core/embed/layout.ts';
import type { BaseMap } from '../../core/embed/svg.ts';

const topo = countries110m as unknown as Topology<{ countries: GeometryCollection; land: GeometryCollection }>;
const land = feature(topo, topo.objects.land);
const borders = mesh(topo, topo.objects.countries, (a, b) => a !== b);

/** The projection that puts a longitude/latitude where layoutGraph's map layout puts a place of these nodes:
 *  Web Mercator in degrees, then the layout's fit into its box; clipped to the box. Null when nothing is placed. */
export function mapProjection(nodes: readonly LayoutNode[]): GeoProjection | null {
  // The fit of every node, as layoutGraph's (places without coordinates sit on a row below and count in it).
  const fit = nodes.some((n) => n.lat !== null && n.lon !== null) ? mapFit(nodes) : null;
  if (!fit) return null;
  return geoMercator()
    .scale((fit.scale * 180) / Math.PI)
    .translate([BOX.width / 2 - fit.cx * fit.scale, BOX.height / 2 - fit.cy * fit.scale])
    .clipExtent([
      [0, 0],
      [BOX.width, BOX.height],
    ]);
}

/** Land and borders in the layout's box units for places laid out as a map; null when nothing is placed. */
export function baseMapFor(nodes: readonly LayoutNode[]): BaseMap | null {
  const projection = mapProjection(nodes);
  if (!projection) return null;
  const path = geoPath(projection).digits(1);
  return { land: path(land) ?? '', borders: path(borders) ?? '' };
}
