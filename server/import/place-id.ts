// Readable ids for imported places, `<iso lower>-<slug>` (`by-baranavichy`), stable for the same file: a slug
// already taken by another place gets the rounded coordinates appended (`us-springfield-3980n-8964w`).
import { latinOf } from '../search/name-keys.ts';

export function slug(name: string): string {
  return latinOf(name.toLowerCase())
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100)
    .replace(/-+$/, '');
}

function coordinateTag(lat: number, lon: number): string {
  const part = (v: number, pos: string, neg: string) => `${Math.round(Math.abs(v) * 100)}${v < 0 ? neg : pos}`;
  return `${part(lat, 'n', 's')}-${part(lon, 'e', 'w')}`;
}

/** A new id for a place; `taken` tells whether an id already names something else. */
export function placeId(
  country: string,
  name: string,
  lat: number | null,
  lon: number | null,
  taken: (id: string) => boolean,
): string {
  const base = `${country.toLowerCase()}-${slug(name) || 'place'}`;
  if (!taken(base)) return base;
  const tagged = lat === null || lon === null ? base : `${base}-${coordinateTag(lat, lon)}`;
  let id = tagged;
  for (let n = 2; taken(id); n++) id = `${tagged}-${n}`;
  return id;
}
