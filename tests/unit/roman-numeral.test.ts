// Forum edition numerals (server/forums/roman-numeral.ts).
import { describe, expect, it } from 'vitest';
import { toRoman } from '../../server/forums/roman-numeral.ts';

describe('roman numerals', () => {
  it.each([
    [1, 'I'],
    [4, 'IV'],
    [9, 'IX'],
    [13, 'XIII'],
    [40, 'XL'],
    [1998, 'MCMXCVIII'],
  ])('%i → %s', (n, r) => expect(toRoman(n)).toBe(r));
  it('refuses what has no numeral', () => expect(() => toRoman(0)).toThrow(RangeError));
});
