// The Source node of the world network: every imported world tie and place cites it, and its `licence` is the
// credit that graph and export responses repeat whenever they include these ties (CC BY-SA 4.0 and ODbL).
export const WORLD_SOURCE_ID = 'wikipedia-twin-towns';

export const WORLD_LICENCE =
  'Wikipedia contributors, CC BY-SA 4.0; coordinates partly © OpenStreetMap contributors (ODbL)';

export const worldSource = {
  id: WORLD_SOURCE_ID,
  url: 'https://en.wikipedia.org/wiki/Lists_of_twin_towns_and_sister_cities',
  title: 'Lists of twin towns and sister cities (English Wikipedia), compiled by Hekman/twincities',
  publisher: 'Wikipedia contributors; compiled by github.com/Hekman/twincities',
  language: 'en',
  licence: WORLD_LICENCE,
  note:
    'seed/world/world-twin-cities.csv (sha256 0964bc76ba1dffa002c1c7257292bf42f1c828d2df44aab22490341a708dd60a): the pairs of the ' +
    '"List of twin towns and sister cities in …" pages (6 continental, 81 country pages), geocoded with the Wikipedia API and ' +
    'OpenStreetMap Nominatim; file app/public/twin_cities.csv of github.com/Hekman/twincities at commit 84ebdec26ee6878367953cfbc56311ae6452752b. No dates.',
};

/** The ISO source, created when an import adds a country to a graph that lacks it (same as the seed's). */
export const isoSource = {
  id: 'iso-3166-1',
  url: 'https://www.iso.org/iso-3166-country-codes.html',
  title: 'ISO 3166-1 country codes',
  publisher: 'ISO',
  language: 'en',
  note: 'Country codes.',
};
