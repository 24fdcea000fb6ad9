// Expression runaways refused from the query text before anything reaches Neo4j, which checks its timeout between
// rows, never inside an expression: a regular expression (`=~`) that backtracks catastrophically, and a `range()`
// too long to build. Only what is certain from the text is judged — a pattern or bound given as a literal, or as a
// parameter whose value in the request is a literal; a computed one still meets the deadline and the sandbox kill.
//
// Patterns are judged by safe-regex2 (fastify): a synchronous star-height check that answers in microseconds with
// no process or JVM of its own, so it can sit in front of every query. It errs on the careful side — a pattern
// with nested repetition such as `(ab+)+` is refused although not every such pattern explodes — and the refusal
// says how to rewrite it. Java's inline flags (`(?i)`), which the JavaScript parser behind it does not know, are
// removed before the check (they change no backtracking); a pattern it cannot parse at all is refused as unchecked.
import safeRegex from 'safe-regex2';
import { AppError } from '../errors/errors.ts';

/** The longest `range()` the console builds: 10 million elements (a list of 10 M integers is ~160 MB of heap). */
export const maxRangeLength = 10_000_000n;

/** Code outside string literals, quoted names and comments: strings become `'…'` placeholders kept in `strings`. */
interface Scanned {
  code: string;
  strings: string[];
}

/** Throws a 422 when the query holds a regex or a range that would run away; returns otherwise. */
export function refuseRunaways(query: string, params: Record<string, unknown> = {}): void {
  const { code, strings } = scan(query);
  const literal = (token: string): unknown => {
    const s = /^'(\d+)'$/.exec(token);
    if (s) return strings[Number(s[1])];
    const p = /^\$(?:`([^`]+)`|([\p{L}\p{N}_]+))$/u.exec(token);
    if (p) return params[p[1] ?? p[2]!];
    return undefined;
  };
  for (const m of code.matchAll(/=~\s*('\d+'|\$`[^`]+`|\$[\p{L}\p{N}_]+)/gu)) {
    const pattern = literal(m[1]!);
    if (typeof pattern === 'string' && !regexIsSafe(pattern)) {
      throw new AppError(
        'regex_refused',
        `The regular expression ${JSON.stringify(pattern.length > 80 ? `${pattern.slice(0, 80)}…` : pattern)} may take exponential time to fail (nested repetition such as (a+)+ or (a*)*): the console does not run it. Repeat a group only once — e.g. (a+)+ → a+ — or use STARTS WITH / CONTAINS / ENDS WITH`,
        { pattern },
      );
    }
  }
  for (const m of code.matchAll(/(?<![\p{L}\p{N}_.$`])range\s*\(([^()]*)\)/giu)) {
    // A bound is an integer literal, or a parameter whose value is a number (Neo4j refuses a string one itself).
    const args = m[1]!
      .split(',')
      .map((a) => (a.trim().startsWith('$') ? numeric(literal(a.trim())) : integer(a.trim())));
    if (args.length < 2 || args.length > 3 || args.some((a) => a === undefined)) continue;
    const [from = 0n, to = 0n, step = 1n] = args as bigint[];
    if (step === 0n) continue; // Neo4j refuses it itself
    const length = (to - from) / step + 1n;
    if (length > maxRangeLength) {
      throw new AppError(
        'range_too_large',
        `range(${from}, ${to}${args.length === 3 ? `, ${step}` : ''}) would build ${length} elements; the console builds at most ${maxRangeLength} — narrow the bounds, or take a step`,
        { length: length.toString(), max: maxRangeLength.toString() },
      );
    }
  }
}

export function regexIsSafe(pattern: string): boolean {
  // Java's inline flags: `(?i)` alone, or a flagged group `(?i:…)` which is a plain group for backtracking.
  const js = pattern.replace(/\(\?[idmsuxU-]+\)/g, '').replace(/\(\?[idmsuxU-]+:/g, '(?:');
  return safeRegex(js);
}

const numeric = (v: unknown): bigint | undefined => (typeof v === 'number' ? integer(v) : undefined);

/** A decimal integer literal (`-12`, `1_000`) or a parameter's integer value, as a bigint; anything else undefined. */
function integer(v: unknown): bigint | undefined {
  if (typeof v === 'number') return Number.isSafeInteger(v) ? BigInt(v) : undefined;
  if (typeof v === 'string' && /^[-+]?\s*\d[\d_]{0,40}$/.test(v)) return BigInt(v.replace(/[\s_+]/g, ''));
  return undefined;
}

function scan(query: string): Scanned {
  let code = '';
  const strings: string[] = [];
  for (let i = 0; i < query.length; i++) {
    const c = query[i]!;
    if (c === "'" || c === '"') {
      let value = '';
      for (i++; i < query.length && query[i] !== c; i++) {
        if (query[i] === '\\' && i + 1 < query.length) value += unescape(query, ++i, (n) => (i += n));
        else value += query[i];
      }
      code += `'${strings.push(value) - 1}'`;
    } else if (c === '`') {
      const end = query.indexOf('`', i + 1);
      code += end < 0 ? query.slice(i) : query.slice(i, end + 1);
      i = end < 0 ? query.length : end;
    } else if (c === '/' && query[i + 1] === '/') {
      while (i < query.length && query[i] !== '\n') i++;
      code += ' ';
    } else if (c === '/' && query[i + 1] === '*') {
      const end = query.indexOf('*/', i + 2);
      i = end < 0 ? query.length : end + 1;
      code += ' ';
    } else code += c;
  }
  return { code, strings };
}

/** Cypher's string escapes (\\ \' \" \n \t \r \b \f \uXXXX); `skip` moves past extra characters read. */
function unescape(query: string, i: number, skip: (n: number) => void): string {
  const e = query[i]!;
  const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f' };
  if (simple[e]) return simple[e];
  if ((e === 'u' || e === 'U') && /^[0-9a-fA-F]{4}$/.test(query.slice(i + 1, i + 5))) {
    skip(4);
    return String.fromCharCode(parseInt(query.slice(i + 1, i + 5), 16));
  }
  return e === '\\' || e === "'" || e === '"' ? e : `\\${e}`;
}
