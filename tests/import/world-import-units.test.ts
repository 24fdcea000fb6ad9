// The pure parts of the import: the carried world file, country codes, place kinds and ids, spelling variants,
// entity resolution (matches, districts apart, ambiguity reported), and the CSV reader's row checks.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { countryCode } from '../../server/import/country-codes.ts';
import { worldFile } from '../../server/import/load-world.ts';
import { placeId } from '../../server/import/place-id.ts';
import { placeKind } from '../../server/import/place-kind.ts';
import { PlaceResolver, sameSpelling, type KnownPlace } from '../../server/import/resolve-places.ts';

describe('the world file carried in seed/world', () => {
  it('is byte for byte the documented one', () => {
    expect(createHash('sha256').update(readFileSync(worldFile)).digest('hex')).toBe(
      '0964bc76ba1dffa002c1c7257292bf42f1c828d2df44aab22490341a708dd60a',
    );
    expect(readFileSync(worldFile.replace(/world-twin-cities\.csv$/, 'README.md'), 'utf8')).toMatch(
      /CC BY-SA 4\.0[\s\S]*OpenStreetMap/,
    );
  });
});

describe('country codes', () => {
  it('map every country name of the world file except Northern Cyprus, which has no ISO code', () => {
    const rows = parse(readFileSync(worldFile), { columns: true }) as Array<Record<string, string>>;
    const names = new Set(rows.flatMap((r) => [r.country1!, r.country2!]).filter(Boolean));
    expect([...names].filter((n) => !countryCode(n))).toEqual(['Northern Cyprus']);
  });
  it('read names, misspellings, qualified names and codes', () => {
    const cases: Record<string, string> = {
      Russia: 'RU',
      Belarus: 'BY',
      'United States': 'US',
      Grece: 'GR',
      Kazakhstah: 'KZ',
      Island: 'IS',
      Moldavia: 'MD',
      'Wales, United Kingdom': 'GB',
      England: 'GB',
      'Réunion, France': 'RE',
      'Rauma, Norway': 'NO',
      'Georgia (country)': 'GE',
      'Ivory Coast': 'CI',
      'East Timor': 'TL',
      Kosovo: 'XK',
      BY: 'BY',
    };
    for (const [name, code] of Object.entries(cases)) expect(countryCode(name), name).toBe(code);
    expect(countryCode('Atlantis')).toBeUndefined();
  });
});

describe('places', () => {
  it('tell districts and regions from cities', () => {
    expect(placeKind('Kastrychnitski (Minsk)')).toBe('district');
    expect(placeKind('Berlin – Marzahn-Hellersdorf')).toBe('district');
    expect(placeKind('Grodno Region')).toBe('region');
    expect(placeKind('Podolsky District')).toBe('region');
    expect(placeKind('Kaluga')).toBe('city');
  });
  it('get readable ids, made unique by coordinates', () => {
    expect(placeId('BY', 'Baranavichy', 53.13, 26.02, () => false)).toBe('by-baranavichy');
    expect(placeId('US', 'Springfield', 39.8, -89.64, (id) => id === 'us-springfield')).toBe(
      'us-springfield-3980n-8964w',
    );
    expect(placeId('DE', 'Köln', 50.9, 6.9, () => false)).toBe('de-koln');
  });
  it('treat vowel-level spelling variants as one name, and nothing more', () => {
    expect(sameSpelling('baranavichy', 'baranovichi')).toBe(true);
    expect(sameSpelling('lyeninski minsk', 'leninsky minsk')).toBe(true);
    expect(sameSpelling('lubben', 'lubbenau')).toBe(false);
    expect(sameSpelling('budapest xv', 'budapest xvi')).toBe(false);
    expect(sameSpelling('tokyo taito', 'tokyo koto')).toBe(false);
    expect(sameSpelling('alveston', 'olveston')).toBe(false);
  });
});

describe('entity resolution', () => {
  const city = (
    id: string,
    nameEn: string,
    lat: number | null,
    lon: number | null,
    extra: Partial<KnownPlace> = {},
  ): KnownPlace => ({
    id,
    country: id.slice(0, 2).toUpperCase(),
    kind: 'city',
    lat,
    lon,
    nameEn,
    nameRu: null,
    aliases: [],
    searchKeys: [],
    ...extra,
  });
  const q = (
    name: string,
    country: string,
    lat: number | null,
    lon: number | null,
    kind: 'city' | 'district' | 'region' = 'city',
  ) => ({ name, country, lat, lon, kind });

  it('matches by country, any name form and distance, adding the new spelling as an alias', () => {
    const r = new PlaceResolver([
      city('by-borisov', 'Borisov', 54.2279, 28.505, { nameRu: 'Борисов', aliases: ['Barysaw'] }),
      city('by-mogilev', 'Mogilev', 53.9168, 30.3449, { nameRu: 'Могилёв' }),
    ]);
    expect(r.resolve(q('Barysaw', 'BY', 54.2333, 28.5))).toEqual({ id: 'by-borisov' });
    expect(r.resolve(q('Могилев', 'BY', 53.91, 30.34))).toEqual({ id: 'by-mogilev' }); // ё/е
    expect(r.resolve(q('Borisow', 'BY', 54.23, 28.5))).toEqual({ id: 'by-borisov' }); // a spelling variant, 1 km away
    expect(r.resolve(q('Borisov', 'RU', 54.2, 28.5))).not.toEqual({ id: 'by-borisov' }); // another country
    expect(r.resolve(q('Borisov', 'BY', 50.0, 20.0))).not.toEqual({ id: 'by-borisov' }); // 400 km away
    expect(r.changes().extended.map((e) => [e.id, e.newAliases])).toEqual([['by-borisov', ['Borisow']]]);
  });
  it('keeps districts apart from their city and merges spelling duplicates', () => {
    const r = new PlaceResolver([city('by-minsk', 'Minsk', 53.9, 27.56667)]);
    expect(r.resolve(q('Kastrychnitski (Minsk)', 'BY', 53.81, 27.58, 'district'))).toEqual({
      id: 'by-kastrychnitski-minsk',
    });
    expect(r.resolve(q('Minsk', 'BY', 53.9, 27.5667, 'region'))).not.toEqual({ id: 'by-minsk' });
    const a = r.resolve(q('Baranavichy', 'BY', 53.1333, 26.0167));
    expect(r.resolve(q('Baranovichi', 'BY', 53.1323, 26.0184))).toEqual(a);
  });
  it('gives a city without coordinates those its rows agree on, and none when they disagree', () => {
    const r = new PlaceResolver([
      city('by-zhodino', 'Zhodino', null, null, { aliases: ['Zhodzina'] }),
      city('ru-krasnogorsk', 'Krasnogorsk', null, null),
    ]);
    expect(r.resolve(q('Zhodzina', 'BY', 54.1, 28.35))).toEqual({ id: 'by-zhodino' });
    expect(r.resolve(q('Zhodino', 'BY', 54.09, 28.33))).toEqual({ id: 'by-zhodino' }); // 1.6 km: the same place
    expect(r.resolve(q('Krasnogorsk', 'RU', 55.8205, 37.3197))).toEqual({ id: 'ru-krasnogorsk' });
    expect(r.resolve(q('Krasnogorsk', 'RU', 51.4, 58.5))).toEqual({ id: 'ru-krasnogorsk' }); // another Krasnogorsk, 1,500 km off
    // Krasnogorsk's rows disagree: it stays without coordinates (and, with no new alias either, unchanged).
    expect(r.changes().extended.map((e) => [e.id, e.newLocation])).toEqual([['by-zhodino', { lat: 54.1, lon: 28.35 }]]);
  });
  it('lists an ambiguous place with its candidates instead of guessing', () => {
    const r = new PlaceResolver([
      city('ru-ivanovka', 'Ivanovka', null, null),
      city('ru-ivanovka-2', 'Ivanovka', null, null),
    ]);
    expect(r.resolve(q('Ivanovka', 'RU', 50, 40))).toEqual({ ambiguous: ['ru-ivanovka', 'ru-ivanovka-2'] });
  });
});
