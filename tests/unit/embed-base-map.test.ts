// The base map under an embed's map layout (server/embed/base-map.ts) lies exactly under the places: its
// projection puts each place's coordinates where the shared layout (core/embed/layout.ts) puts the place.
import { geoContains } from 'd3';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries110m from 'world-atlas/countries-110m.json' with { type: 'json' };
import { describe, expect, it } from 'vitest';
import { layoutGraph, type LayoutNode } from '../../core/embed/layout.ts';
import { baseMapFor, mapProjection } from '../../server/embed/base-map.ts';

const places: LayoutNode[] = [
  { id: 'by-minsk', lat: 53.9, lon: 27.567 },
  { id: 'ru-omsk', lat: 54.99, lon: 73.368 },
  { id: 'ru-vologda', lat: 59.22, lon: 39.89 },
  { id: 'by-gomel', lat: 52.434, lon: 30.975 },
  { id: 'ru-pskov', lat: null, lon: null }, // no coordinates: on the row below, and it counts in the fit
];

describe('the base map', () => {
  it('puts every place where the map layout does', () => {
    const pos = layoutGraph(places, [], 'map');
    const projection = mapProjection(places)!;
    for (const n of places.filter((p) => p.lat !== null)) {
      const [x, y] = projection([n.lon!, n.lat!])!;
      expect(Math.abs(x - pos.get(n.id)!.x), n.id).toBeLessThan(0.11);
      expect(Math.abs(y - pos.get(n.id)!.y), n.id).toBeLessThan(0.11);
    }
  });

  it('draws the land the places stand on, clipped to the layout box', () => {
    const topo = countries110m as unknown as Topology<{ land: GeometryCollection }>;
    const land = feature(topo, topo.objects.land);
    for (const n of places.filter((p) => p.lat !== null)) expect(geoContains(land, [n.lon!, n.lat!]), n.id).toBe(true);
    const map = baseMapFor(places)!;
    expect(map.land).toMatch(/^M/);
    expect(map.borders.length).toBeGreaterThan(100);
    const nums = map.land.match(/-?\d+(\.\d+)?/g)!.map(Number);
    expect(Math.min(...nums)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...nums.filter((_, i) => i % 2 === 0))).toBeLessThanOrEqual(800);
    expect(baseMapFor([{ id: 'x', lat: null, lon: null }])).toBeNull();
  });
});
