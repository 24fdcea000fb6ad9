// The Natural Earth world (world-atlas 110m: land and country borders, bundled: no tiles or CDN), loaded on first
// use as a chunk of its own: ~100 KB of coordinates that the explorer's start-up does not need (its default view is
// not the map), and whose evaluation was part of the start-up's longest task (docs/explorer-loading.md).
import type { GeometryCollection, Topology } from 'topojson-specification';

export type WorldTopology = Topology<{ countries: GeometryCollection; land: GeometryCollection }>;

let atlas: Promise<WorldTopology> | undefined;

export function loadWorldAtlas(): Promise<WorldTopology> {
  atlas ??= import('world-atlas/countries-110m.json').then((m) => m.default as unknown as WorldTopology);
  return atlas;
}
