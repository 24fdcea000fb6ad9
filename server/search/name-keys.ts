// Search keys for place names: case-, diacritic-, ё/е- and script-insensitive. A name gives its folded form and
// the folded Latin transliteration of it, so «Могилёв», "могилев" and "Mogilev" share the key "mogilev".
import { transliterate } from 'transliteration';

/**
 * A bounded memo of a pure string function: an import names each place many times (each row, each alias, its
 * id's slug), and transliterating or folding it again each time was a good share of the importer's own time.
 */
function memoised(fn: (s: string) => string, max = 50_000): (s: string) => string {
  const memo = new Map<string, string>();
  return (s) => {
    let out = memo.get(s);
    if (out === undefined) {
      out = fn(s);
      if (memo.size >= max) memo.clear();
      memo.set(s, out);
    }
    return out;
  };
}

/** The Latin transliteration of a lower-cased name, ё read as е (so й and ў keep their own Latin letters). */
export const latinOf: (lowerName: string) => string = memoised((lower) => transliterate(lower.replace(/ё/g, 'е')));

/** Lower-case, ё→е, diacritics and punctuation removed, spaces collapsed. */
export const foldName: (name: string) => string = memoised((name) =>
  name
    .toLowerCase()
    .replace(/ё/g, 'е')
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim(),
);

/** Every key a name (or a query) is known by: the folded name and its folded transliteration. */
export function nameKeys(name: string): string[] {
  const folded = foldName(name);
  if (!folded) return [];
  // Transliterate before folding so that й and ў keep their own Latin letters.
  const latin = foldName(latinOf(name.toLowerCase()));
  return latin && latin !== folded ? [folded, latin] : [folded];
}

/** The exact keys of the names: what entity resolution compares (see resolve-places.ts). */
export function exactKeysOf(names: Array<string | null | undefined>): string[] {
  const keys = new Set<string>();
  for (const n of names) if (n) for (const k of nameKeys(n)) keys.add(k);
  return [...keys];
}

/** Marks a loose key in the `search` string, so that it only ever matches another loose key, from its start. */
export const LOOSE = '~';

/**
 * The romanisation-tolerant form of a Latin key: the consonants in order, with the spellings different systems
 * give one Russian or Belarusian sound folded together (ts/tz/c, ch/tch/cz, sh/sch/shch/sz, zh, kh/h/g, dz/d, w/v, ph/f),
 * vowels and semivowels dropped, doubled letters single. So Bobruisk, Bobruysk and Babruysk share "brsk",
 * Polotsk and «Полоцк» (polock) "plck", Grodno and Hrodna "hrdn", Cherepovets and «Череповец» "crpvc".
 */
export function looseKey(latin: string): string {
  return latin
    .replace(/[^a-z ]/g, '')
    .replace(/shch|szcz|sch/g, 's')
    .replace(/tsch|tch|ch|cz/g, 'c')
    .replace(/t[sz]/g, 'c')
    .replace(/sh|sz/g, 's')
    .replace(/zh/g, 'z')
    .replace(/kh|g/g, 'h')
    .replace(/dz/g, 'd')
    .replace(/w/g, 'v')
    .replace(/ph/g, 'f')
    .replace(/[aeiouyj\s]/g, '')
    .replace(/(.)\1+/g, '$1');
}

/** The loose keys of the names (each marked with LOOSE), from the Latin form of each. */
export function looseKeysOf(names: Array<string | null | undefined>): string[] {
  const keys = new Set<string>();
  for (const n of names) {
    const latin = n ? nameKeys(n).at(-1) : undefined;
    const loose = latin ? looseKey(latin) : '';
    if (loose) keys.add(LOOSE + loose);
  }
  return [...keys];
}

/** Every key a city is searched by: the exact keys, then the loose ones. */
export function searchKeysOf(names: Array<string | null | undefined>): string[] {
  return [...exactKeysOf(names), ...looseKeysOf(names)];
}
