// Search keys of place names (server/search/name-keys.ts): folding, transliteration, de-duplication.
import { describe, expect, it } from 'vitest';
import { foldName, nameKeys, searchKeysOf } from '../../server/search/name-keys.ts';

describe('name keys', () => {
  it('fold case, ё/е, diacritics and punctuation', () => {
    expect(foldName('Могилёв')).toBe('могилев');
    expect(foldName('  Bérat ')).toBe('berat');
    expect(foldName("Homyel'")).toBe('homyel');
    expect(foldName('Санкт-Петербург')).toBe('санкт петербург');
  });
  it('add a Latin transliteration of Cyrillic names', () => {
    expect(nameKeys('Могилёв')).toEqual(['могилев', 'mogilev']);
    expect(nameKeys('Mogilev')).toEqual(['mogilev']);
    expect(nameKeys('Йошкар-Ола')[1]).toBe('yoshkar ola');
    expect(nameKeys('!!!')).toEqual([]);
  });
  it('collect the keys of all name forms without duplicates', () => {
    expect(searchKeysOf(['Калуга', 'Kaluga', null])).toEqual(['калуга', 'kaluga']);
  });
});
