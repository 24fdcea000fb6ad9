// The styling rules (core/style): one colour per country whatever is shown, Russia and Belarus fixed, the URL
// keeps the rules, the legend's rows carry the colours drawn.
import { describe, expect, test } from 'vitest';
import { BELARUS_COLOUR, countryColour, NO_VALUE_COLOUR, RUSSIA_COLOUR } from '../../core/style/country-colours.ts';
import { graphFacts, legendRows, nodeColour } from '../../core/style/style-rules.ts';
import { queryToState, stateToQuery } from '../../core/view/url-state.ts';

describe('country colours', () => {
  test('Russia and Belarus are fixed, the others a function of the code alone, never grey', () => {
    expect(countryColour('RU')).toBe(RUSSIA_COLOUR);
    expect(countryColour('BY')).toBe(BELARUS_COLOUR);
    expect(countryColour(null)).toBe(NO_VALUE_COLOUR);
    for (const c of ['DE', 'FR', 'CN', 'US', 'AM', 'KZ']) {
      expect(countryColour(c)).toBe(countryColour(c));
      expect([RUSSIA_COLOUR, BELARUS_COLOUR, NO_VALUE_COLOUR]).not.toContain(countryColour(c));
    }
  });
});

describe('rules', () => {
  const nodes = [
    { id: 'a', country: 'RU', degree: 5 },
    { id: 'b', country: 'BY', degree: 1 },
    { id: 'c', country: null },
  ];
  const links = [
    { source: 'a', target: 'b', kind: 'twinning', year: 1995 },
    { source: 'a', target: 'c', kind: 'partnership', year: null },
    { source: 'a', target: 'c', kind: 'partnership', year: 2012 },
  ];
  const facts = graphFacts(nodes, links);
  test('facts: first dated year, the main kind, all ties', () => {
    expect(facts.get('a')).toMatchObject({ firstYear: 1995, mainKind: 'partnership', allTies: 5, shownTies: 3 });
    expect(facts.get('c')).toMatchObject({ firstYear: 2012, allTies: 2 });
  });
  test('colour by decade and kind; the legend rows carry the colours drawn, "no value" last', () => {
    expect(nodeColour('decade', facts.get('a')!)).not.toBe(nodeColour('decade', facts.get('c')!));
    const rows = legendRows('decade', facts.values(), 'ru');
    expect(rows.map((r) => r.label)).toEqual(['1990-е', '2010-е']);
    const byCountry = legendRows('country', facts.values(), 'en');
    expect(byCountry.at(-1)).toMatchObject({ key: null, colour: NO_VALUE_COLOUR, count: 1 });
    for (const r of byCountry) expect(r.colour).toBe(countryColour(r.key));
  });
  test('the rules travel in the URL; unknown ones are ignored', () => {
    const s = queryToState('colour=decade&size=all');
    expect([s.colourBy, s.sizeBy]).toEqual(['decade', 'all']);
    expect(stateToQuery(s)).toContain('colour=decade');
    expect(queryToState('colour=pagerank&size=huge')).toMatchObject({ colourBy: 'country', sizeBy: 'shown' });
  });
});
