// The suggestion model's parts: the logistic regression against a known answer, the tie-aware ranking metrics,
// the never-isolating hold-out, and the signals on a small graph worked by hand.
import { describe, expect, it } from 'vitest';
import { toGraphology } from '../../server/derived/graphology-graph.ts';
import { standing } from '../../server/suggestions/evaluation.ts';
import { indexGraph } from '../../server/suggestions/graph-index.ts';
import { fitLogistic, logit } from '../../server/suggestions/logistic.ts';
import { holdOut } from '../../server/suggestions/model.ts';
import { seededRandom } from '../../server/derived/random.ts';
import { FEATURES, Signals } from '../../server/suggestions/signals.ts';

describe('fitLogistic', () => {
  it('recovers the weights of data drawn from a known logistic model', () => {
    const rng = seededRandom(1);
    const X: number[][] = [];
    const y: number[] = [];
    for (let i = 0; i < 20000; i++) {
      const x = [rng() * 4 - 2, rng() * 10];
      const p = 1 / (1 + Math.exp(-(-1 + 2 * x[0]! - 0.3 * x[1]!)));
      X.push(x);
      y.push(rng() < p ? 1 : 0);
    }
    const m = fitLogistic(X, y, 0);
    expect(m.intercept).toBeCloseTo(-1, 0);
    expect(m.weights[0]).toBeCloseTo(2, 0);
    expect(m.weights[1]).toBeCloseTo(-0.3, 1);
    expect(logit(m, [0, 0])).toBeCloseTo(m.intercept, 10);
  });

  it('counts a weighted row like repeated rows', () => {
    const X = [[0], [1], [2], [3], [1], [2]];
    const y = [0, 0, 1, 1, 1, 0];
    const once = fitLogistic([...X, [3]], [...y, 1], 0);
    const weighted = fitLogistic(X, y, 0, [1, 1, 1, 2, 1, 1]);
    expect(weighted.weights[0]).toBeCloseTo(once.weights[0]!, 6);
  });
});

describe('standing', () => {
  it('credits ties in score at their average place', () => {
    expect(standing(0, 0, 100)).toEqual({ recall10: 1, recall50: 1, mrr: 1, auc: 1 });
    const tied = standing(5, 9, 100); // b shares places 6…15 with 9 others
    expect(tied.recall10).toBeCloseTo(0.5);
    expect(tied.mrr).toBeCloseTo([6, 7, 8, 9, 10, 11, 12, 13, 14, 15].reduce((s, r) => s + 1 / r, 0) / 10);
    expect(tied.auc).toBeCloseTo((100 - 5 - 9 + 4.5) / 100);
    const random = standing(0, 999, 999); // every candidate equal: recall@10 = 10 / 1000
    expect(random.recall10).toBeCloseTo(0.01);
    expect(random.auc).toBeCloseTo(0.5);
  });
});

const node = (id: string, country: string) => ({
  id,
  type: 'city',
  nameRu: null,
  nameEn: id,
  country,
  lat: null,
  lon: null,
  degree: 0,
});
const link = (s: string, t: string) => ({
  id: `${s}--${t}`,
  source: s,
  target: t,
  kind: 'twin',
  kinds: ['twin'],
  date: null,
  datePrecision: null,
  year: null,
  agreements: [],
  sources: ['x'],
});
// a–x, a–y, b–x, b–y, b–z, z–w: a and b share x and y; a reaches z and w through paths of length 3 and 4.
const small = toGraphology({
  nodes: [node('a', 'RU'), node('b', 'RU'), node('x', 'BY'), node('y', 'BY'), node('z', 'BY'), node('w', 'PL')],
  links: [link('a', 'x'), link('a', 'y'), link('b', 'x'), link('b', 'y'), link('b', 'z'), link('z', 'w')],
});

describe('Signals', () => {
  it('counts shared partners, Adamic–Adar, resource allocation and paths of length 3', () => {
    const ix = indexGraph(small, 1);
    const s = new Signals(ix);
    const at = (id: string) => ix.at.get(id)!;
    s.prepare(at('a'));
    expect(s.common[at('b')]).toBe(2);
    expect(s.adamicAdar[at('b')]).toBeCloseTo(2 / Math.log(2));
    expect(s.resource[at('b')]).toBeCloseTo(1);
    // a–x–b–z and a–y–b–z: 2 × 1/√(2·3)
    expect(s.paths3[at('z')]).toBeCloseTo(2 / Math.sqrt(6));
    expect(s.paths3[at('w')]).toBe(0);
    const f = s.features(at('z'), new Float64Array(FEATURES.length));
    expect(f[FEATURES.indexOf('sharedPartners')]).toBe(0);
    expect(f[FEATURES.indexOf('candidatePartnersInCountry')]).toBeCloseTo(Math.log(2)); // z's one RU partner
    expect(f[FEATURES.indexOf('distanceUnknown')]).toBe(1);
    // RU–BY: 4 ties of 6, against 8·… expected by chance: more than chance
    expect(f[FEATURES.indexOf('countryAffinity')]).toBeGreaterThan(0);
  });
});

describe('holdOut', () => {
  it('never leaves a city without ties, and is the same for the same seed', () => {
    const keys = holdOut(small, 6, seededRandom(3));
    const left = new Map(small.nodes().map((id) => [id, small.degree(id)]));
    for (const k of keys) for (const id of small.extremities(k)) left.set(id, left.get(id)! - 1);
    expect([...left.values()].every((d) => d >= 1)).toBe(true);
    expect(holdOut(small, 6, seededRandom(3))).toEqual(keys);
  });
});

describe('scoreAll', () => {
  it('gives every candidate the logit of its features, and NaN to the source and its partners', async () => {
    const { fitSuggester, scoreAll } = await import('../../server/suggestions/model.ts');
    const rng = seededRandom(5);
    const ids = Array.from({ length: 60 }, (_, i) => `c${i}`);
    const nodes = ids.map((id, i) => ({
      ...node(id, ['RU', 'BY', 'PL'][i % 3]!),
      lat: i % 7 ? 50 + rng() : null,
      lon: i % 7 ? 30 + rng() : null,
    }));
    const links = [];
    for (let i = 0; i < 60; i++)
      for (let k = 1; k <= 3; k++) links.push(link(ids[i]!, ids[(i + k * 7 + (i % 5)) % 60]!));
    const s = fitSuggester(toGraphology({ nodes, links }), 2);
    for (const a of [0, 13, 42]) {
      const scores = scoreAll(s, a);
      const partners = new Set(s.ix.neighbours[a]);
      const x = new Float64Array(FEATURES.length);
      for (let c = 0; c < s.ix.ids.length; c++) {
        if (c === a || partners.has(c)) expect(scores[c]).toBeNaN();
        else expect(scores[c]).toBeCloseTo(logit(s.model, s.signals.features(c, x)), 9);
      }
    }
  });
});
