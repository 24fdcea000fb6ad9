// English country names (as Wikipedia's lists spell them) → ISO 3166-1 alpha-2. i18n-iso-countries knows the
// official and common names; the small table below holds the spellings it misses, each checked against the file.
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import ru from 'i18n-iso-countries/langs/ru.json' with { type: 'json' };

countries.registerLocale(en);
countries.registerLocale(ru);

/** Names i18n-iso-countries does not resolve; each one seen in world-twin-cities.csv. */
export const extraCountryNames: Readonly<Record<string, string>> = {
  syria: 'SY',
  moldova: 'MD',
  moldavia: 'MD',
  laos: 'LA',
  brunei: 'BN',
  surinam: 'SR',
  'sao tome and principe': 'ST',
  'federated states of micronesia': 'FM',
  micronesia: 'FM',
  england: 'GB',
  scotland: 'GB',
  wales: 'GB',
  'northern ireland': 'GB',
  'falkland islands': 'FK',
  madagaskar: 'MG',
  'georgia country': 'GE',
  'in italy': 'IT',
  grece: 'GR',
  kazakhstah: 'KZ',
  // "Island" is Iceland in Scandinavian languages; its one row (Norðurþing, 66.0 N 17.3 W) is in Iceland.
  island: 'IS',
  'east timor': 'TL',
  'bosnia and hercegovina': 'BA',
  'republic of ireland': 'IE',
  'west bank': 'PS',
  azores: 'PT',
  algarve: 'PT',
  kosovo: 'XK',
};

/** A file names a few hundred countries in thousands of rows: each spelling is looked up once. */
const codes = new Map<string, string | undefined>();

function fold(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function single(name: string): string | undefined {
  const trimmed = name.trim();
  if (/^[A-Z]{2}$/.test(trimmed) && countries.isValid(trimmed)) return trimmed;
  const plain = trimmed.normalize('NFKD').replace(/\p{M}+/gu, ''); // i18n-iso-countries spells "Reunion"
  return (
    extraCountryNames[fold(trimmed)] ??
    countries.getAlpha2Code(trimmed, 'en') ??
    countries.getAlpha2Code(plain, 'en') ??
    undefined
  );
}

/**
 * The ISO code of a country as written in a file: a code (`BY`), a name (`Belarus`), or a qualified name
 * (`Wales, United Kingdom` → GB, `Réunion, France` → RE: the first part wins when it is a country itself).
 */
export function countryCode(name: string): string | undefined {
  if (!codes.has(name)) {
    if (codes.size >= 10_000) codes.clear(); // spellings come from uploaded files: keep the memo bounded
    codes.set(name, lookUp(name));
  }
  return codes.get(name);
}

function lookUp(name: string): string | undefined {
  const whole = single(name);
  if (whole) return whole;
  const parts = name
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length < 2) return undefined;
  return single(parts[0]!) ?? single(parts[parts.length - 1]!);
}

export function countryNames(code: string): { nameEn: string | undefined; nameRu: string | undefined } {
  return {
    nameEn: countries.getName(code, 'en') ?? (code === 'XK' ? 'Kosovo' : undefined),
    nameRu: countries.getName(code, 'ru') ?? (code === 'XK' ? 'Косово' : undefined),
  };
}
