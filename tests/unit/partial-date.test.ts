// Partial dates and their precision (core/schemas/common.schema.ts).
import { describe, expect, it } from 'vitest';
import { PartialDateSchema, datePrecision } from '../../core/schemas/common.schema.ts';

describe('partial dates', () => {
  it('keep their precision', () => {
    expect(datePrecision('1992')).toBe('year');
    expect(datePrecision('2015-11')).toBe('month');
    expect(datePrecision('2012-03-15')).toBe('day');
  });
  it.each(['1992', '2015-11', '2024-02-29'])('accept %s', (d) =>
    expect(PartialDateSchema.safeParse(d).success).toBe(true),
  );
  it.each(['92', '2015-13', '2023-02-29', '2012-3-15', '2012-03-15T00:00'])('refuse %s', (d) =>
    expect(PartialDateSchema.safeParse(d).success).toBe(false),
  );
});
