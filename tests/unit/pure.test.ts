// Pure helpers: name keys, Roman numerals, partial dates, configuration.
import { describe, expect, it } from 'vitest';
import { readEnv } from '../../server/config.ts';
import { toRoman } from '../../server/forums/roman-numeral.ts';
import { PartialDateSchema, datePrecision } from '../../core/schemas/common.schema.ts';
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

describe('roman numerals', () => {
  it.each([[1, 'I'], [4, 'IV'], [9, 'IX'], [13, 'XIII'], [40, 'XL'], [1998, 'MCMXCVIII']])('%i → %s', (n, r) => expect(toRoman(n)).toBe(r));
  it('refuses what has no numeral', () => expect(() => toRoman(0)).toThrow(RangeError));
});

describe('partial dates', () => {
  it('keep their precision', () => {
    expect(datePrecision('1992')).toBe('year');
    expect(datePrecision('2015-11')).toBe('month');
    expect(datePrecision('2012-03-15')).toBe('day');
  });
  it.each(['1992', '2015-11', '2024-02-29'])('accept %s', (d) => expect(PartialDateSchema.safeParse(d).success).toBe(true));
  it.each(['92', '2015-13', '2023-02-29', '2012-3-15', '2012-03-15T00:00'])('refuse %s', (d) => expect(PartialDateSchema.safeParse(d).success).toBe(false));
});

describe('configuration', () => {
  it('has defaults and names a bad variable', () => {
    expect(readEnv({})).toMatchObject({ PORT: 8080, NEO4J_BOLT_PORT: 7687, SEED: 'auto' });
    expect(() => readEnv({ PORT: 'eighty' })).toThrow('PORT');
  });
});
