// Search keys for place names: case-, diacritic-, ё/е- and script-insensitive. A name gives its folded form and
// the folded Latin transliteration of it, so «Могилёв», "могилев" and "Mogilev" share the key "mogilev".
import { transliterate } from 'transliteration';

/** Lower-case, ё→е, diacritics and punctuation removed, spaces collapsed. */
export function foldName(name: string): string {
  return name
    .toLowerCase()
    .replace(/ё/g, 'е')
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Every key a name (or a query) is known by: the folded name and its folded transliteration. */
export function nameKeys(name: string): string[] {
  const folded = foldName(name);
  if (!folded) return [];
  // Transliterate before folding so that й and ў keep their own Latin letters.
  const latin = foldName(transliterate(name.toLowerCase().replace(/ё/g, 'е')));
  return latin && latin !== folded ? [folded, latin] : [folded];
}

export function searchKeysOf(names: Array<string | null | undefined>): string[] {
  const keys = new Set<string>();
  for (const n of names) if (n) for (const k of nameKeys(n)) keys.add(k);
  return [...keys];
}
