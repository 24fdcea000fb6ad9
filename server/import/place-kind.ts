// What a place name in a twin-town list denotes: a city, a district of a city ("Kastrychnitski (Minsk)",
// "Berlin – Marzahn-Hellersdorf") or a region ("Grodno Region", "Podolsky District"). Districts and regions
// are kept as their own nodes with this kind, never merged into the city they belong to.
export type PlaceKind = 'city' | 'district' | 'region';

const regionWords =
  /\b(region|oblast|province|county|governorate|prefecture|voivodeship|krai|kray|canton|department|raion|rayon|district|regency|municipality)$/i;

export function placeKind(name: string): PlaceKind {
  const n = name.trim();
  if (/\(.+\)\s*$/.test(n) || /\s[–—]\s/.test(n)) return 'district';
  if (regionWords.test(n)) return 'region';
  return 'city';
}
