// The console's refusals decided without a database: the raw body (nesting depth, integers JSON would round),
// the query text (pre-parser options, unclosed comments), the expression runaways (catastrophic regexes, huge
// ranges) and the plan rule for CALL { … } IN TRANSACTIONS.
import { describe, expect, it } from 'vitest';
import { refuseBatching } from '../../server/cypher-console/plan-rules.ts';
import { checkRawBody, maxBodyDepth } from '../../server/cypher-console/raw-body-guard.ts';
import { refuseQueryText } from '../../server/cypher-console/query-text-rules.ts';
import { refuseRunaways, regexIsSafe } from '../../server/cypher-console/runaway-rules.ts';
import { toDriverParams } from '../../server/cypher-console/value-serialiser.ts';

const code = (f: () => void) => {
  try {
    f();
    return undefined;
  } catch (err) {
    return (err as { code?: string }).code;
  }
};

describe('checkRawBody', () => {
  it('refuses nesting beyond the bound, counting only brackets outside strings', () => {
    expect(code(() => checkRawBody('['.repeat(maxBodyDepth) + ']'.repeat(maxBodyDepth)))).toBeUndefined();
    expect(code(() => checkRawBody('['.repeat(maxBodyDepth + 1) + ']'.repeat(maxBodyDepth + 1)))).toBe(
      'params_too_deep',
    );
    expect(code(() => checkRawBody(JSON.stringify({ query: '['.repeat(1000) + '{'.repeat(1000) })))).toBeUndefined();
    expect(code(() => checkRawBody(JSON.stringify({ q: '\\"[[[' })))).toBeUndefined();
  });

  it('refuses integers beyond ±(2^53−1), keeps floats and digits in strings', () => {
    for (const n of ['9007199254740992', '-9007199254740992', '9223372036854775808', '1'.repeat(500)])
      expect(
        code(() => checkRawBody(`{"n":${n}}`)),
        n,
      ).toBe('integer_out_of_range');
    for (const ok of [
      '{"n":9007199254740991}',
      '{"n":-9007199254740991}',
      '{"f":1.5e300}',
      '{"f":12345678901234567890.5}',
      '{"s":"99999999999999999999"}',
      '{"e":1E400}',
    ]) {
      expect(
        code(() => checkRawBody(ok)),
        ok,
      ).toBeUndefined();
    }
  });
});

describe('refuseQueryText', () => {
  it.each([
    'CYPHER debug=tostring RETURN 1',
    'cypher runtime=slotted MATCH (n) RETURN n',
    '\u00a0\u200b// c\nCYPHER 5 RETURN 1',
    '/* x */ EXPLAIN CYPHER planner=dp RETURN 1',
    'PROFILE\tCYPHER RETURN 1',
  ])('%j → options_refused', (q) => expect(code(() => refuseQueryText(q))).toBe('options_refused'));
  it.each(['/* x', 'RETURN 1 /* open', "RETURN '*/' /* still open"])('%j → syntax_error', (q) =>
    expect(code(() => refuseQueryText(q))).toBe('syntax_error'),
  );
  it.each([
    'MATCH (cypher:City) RETURN cypher',
    "RETURN 'CYPHER debug=x' AS s",
    'RETURN 1 // /* not a block',
    "RETURN '/*' AS s",
    'RETURN `/*` AS x',
    'RETURN 1 /* closed */',
  ])('%j passes', (q) => expect(code(() => refuseQueryText(q))).toBeUndefined());
});

describe('refuseRunaways', () => {
  it.each([
    ["RETURN 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaa!' =~ '((a+)+)+$' AS r", {}],
    ['MATCH (c:City) WHERE c.nameEn =~ "(a|aa)*(b*)*c" RETURN c', {}],
    ["RETURN 'x' =~ '(\\\\d+)*$'", {}],
    ['RETURN $s =~ $p', { s: 'x', p: '(x+x+)+y' }],
    ['RETURN $s =~ $`the pattern`', { s: 'x', 'the pattern': '(a*)*' }],
    ['RETURN "a" =~ /* c */ \'(?i)(a+)+\'', {}],
  ])('%j → regex_refused', (q, params) => expect(code(() => refuseRunaways(q, params))).toBe('regex_refused'));

  it.each([
    ['RETURN reduce(s = 0, x IN range(1, 300000000) | s + x % 7) AS s', {}],
    ['RETURN size([x IN RANGE ( -5 , 99999999 ) | toString(x)])', {}],
    ['RETURN range(1, 100000001, 10)', {}],
    ['RETURN range(0, 1_000_000_000)', {}],
    ['UNWIND range($a, $b) AS i RETURN i', { a: 0, b: 1e9 }],
    ['RETURN range(10000000000, 0, -1)', {}],
  ])('%j → range_too_large', (q, params) => expect(code(() => refuseRunaways(q, params))).toBe('range_too_large'));

  it.each([
    ["MATCH (c:City) WHERE c.nameEn =~ '(?i).*kaluga.*' RETURN c", {}],
    ["RETURN 'x' =~ '[a-z]+@[a-z]+\\\\.(com|org)'", {}],
    ['RETURN $s =~ $p', { s: 'x', p: 'ab+c' }],
    ["RETURN 'x =~ \\'((a+)+)+\\'' AS s, 'range(1, 1000000000)' AS t", {}],
    ['// RETURN range(1, 1000000000)\nRETURN 1', {}],
    ['RETURN range(1, 2000000) AS x, range(1, 100000000, 10) AS y', {}],
    ['RETURN x.range(1, 1000000000), range(1, n * 1000000000)', {}],
    ['RETURN range($a, $b)', { a: 0, b: '1000000000' }],
  ])('%j passes (judged at run time, if at all)', (q, params) =>
    expect(code(() => refuseRunaways(q, params))).toBeUndefined(),
  );

  it('judges Java patterns: inline flags are no danger, nested repetition is', () => {
    expect(regexIsSafe('(?i)kaluga')).toBe(true);
    expect(regexIsSafe('(?iu:abc)+')).toBe(true);
    expect(regexIsSafe('(?s)(.*)*x')).toBe(false);
  });
});

describe('refuseBatching', () => {
  const op = (operatorType: string, children: any[] = []) => ({ operatorType, arguments: {}, children });
  it('refuses TransactionApply / TransactionForeach anywhere in the plan', () => {
    expect(
      refuseBatching(op('ProduceResults@neo4j', [op('TransactionApply@neo4j', [op('EmptyRow@neo4j')])]))?.code,
    ).toBe('in_transactions_refused');
    expect(refuseBatching(op('EmptyResult@neo4j', [op('TransactionForeach@neo4j')]))?.code).toBe(
      'in_transactions_refused',
    );
    expect(refuseBatching(op('ProduceResults@neo4j', [op('Apply@neo4j')]))).toBeUndefined();
  });
});

describe('toDriverParams', () => {
  it('sends safe integers as INTEGER and integral floats beyond them as FLOAT (never clamped)', () => {
    const p = toDriverParams({ n: 3, big: 1.5e300 }) as any;
    expect(p.n.toNumber()).toBe(3);
    expect(p.big).toBe(1.5e300);
  });
});
