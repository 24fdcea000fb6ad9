// The styling rules (core/style): one colour per country whatever is shown, Russia and Belarus fixed, the URL
// keeps the rules, the legend's rows carry the colours drawn.
import { describe, expect, test } from 'vitest';
import { BELARUS_COLOUR, countryColour, NO_VALUE_COLOUR, RUSSIA_COLOUR } from '../../core/style/country-colours.ts';
import {
  COLOUR_RULES,
  COMMUNITY_COLOURS,
  graphFacts,
  legendRows,
  nodeColour,
  OTHER_COMMUNITY_COLOUR,
  SIZE_RULES,
} from '../../core/style/style-rules.ts';
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

describe('rules that read computed metrics', () => {
  const nodes = [
    {
      id: 'a',
      country: 'RU',
      degree: 4,
      community: 0,
      pagerank: 0.2,
      pagerankWeighted: 0.3,
      betweenness: 0.5,
      closeness: 0.6,
    },
    {
      id: 'b',
      country: 'BY',
      degree: 1,
      community: 12,
      pagerank: 0.05,
      pagerankWeighted: 0.15,
      betweenness: 0,
      closeness: 0.3,
    },
    {
      id: 'c',
      country: 'BY',
      degree: 1,
      community: null,
      pagerank: null,
      pagerankWeighted: null,
      betweenness: null,
      closeness: null,
    },
  ];
  const links = [
    { source: 'a', target: 'b', kind: 'twinning', year: 1995 },
    { source: 'a', target: 'c', kind: 'twinning', year: 1995 },
  ];
  const facts = graphFacts(nodes, links);
  test('colour by community: the ten largest distinct, the rest "other", not computed grey; in the legend', () => {
    expect(nodeColour('community', facts.get('a')!)).toBe(COMMUNITY_COLOURS[0]);
    expect(nodeColour('community', facts.get('b')!)).toBe(OTHER_COMMUNITY_COLOUR);
    expect(nodeColour('community', facts.get('c')!)).toBe(NO_VALUE_COLOUR);
    expect(new Set(COMMUNITY_COLOURS).size).toBe(COMMUNITY_COLOURS.length);
    expect(COMMUNITY_COLOURS).not.toContain(NO_VALUE_COLOUR);
    const rows = legendRows('community', facts.values(), 'ru');
    expect(rows.map((r) => r.label)).toEqual(['сообщество № 0', 'другие сообщества', 'не вычислено']);
    expect(COLOUR_RULES.community.computed.has(facts.get('c')!)).toBe(false);
  });
  test('size by a metric: the highest value sized as the most ties, not computed at one neutral size', () => {
    expect(facts.get('a')).toMatchObject({ pagerank: 4, pagerankWeighted: 4, betweenness: 4, closeness: 4 });
    expect(facts.get('b')!.pagerank).toBeCloseTo(1);
    expect(facts.get('b')!.pagerankWeighted).toBeCloseTo(2);
    expect(facts.get('b')!.betweenness).toBe(0);
    expect(facts.get('b')!.closeness).toBeCloseTo(2);
    for (const m of ['pagerankWeighted', 'betweenness', 'closeness'] as const)
      expect(SIZE_RULES[m].value(facts.get('c')!)).toBe(SIZE_RULES.shown.value({ ...facts.get('c')!, shownTies: 1 }));
    expect(SIZE_RULES.pagerank.value(facts.get('c')!)).toBe(
      SIZE_RULES.pagerank.value({ ...facts.get('c')!, pagerank: 1 }),
    );
  });
  test('colour by community and size by PageRank travel in the URL', () => {
    const s = queryToState('colour=community&size=pagerank');
    expect([s.colourBy, s.sizeBy]).toEqual(['community', 'pagerank']);
    expect(stateToQuery(s)).toContain('size=pagerank');
  });
});
