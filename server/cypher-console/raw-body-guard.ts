// Checks the raw text of a console request body BEFORE JSON.parse (express.json's `verify` hook): JSON.parse
// recurses (parameters nested thousands deep would go on to recurse through zod, the driver's encoder and Neo4j)
// and silently rounds integers beyond ±(2^53−1) (9007199254740993 arrives as …992, 2^64 as 1.8e19). Both are
// refused here with a 400, so a parameter reaches Neo4j exactly as written or not at all.
import { AppError } from '../errors/errors.ts';

/** Nesting of the whole body: the body object is level 1, `params` level 2, so parameters may nest 30 deep. */
export const maxBodyDepth = 32;
const maxSafe = BigInt(Number.MAX_SAFE_INTEGER);

export function checkRawBody(text: string): void {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      // Skip the string, escapes included; an unterminated one is left to JSON.parse to refuse.
      for (i++; i < text.length && text.charCodeAt(i) !== 0x22; i++) if (text.charCodeAt(i) === 0x5c) i++;
    } else if (c === 0x7b || c === 0x5b /* { [ */) {
      if (++depth > maxBodyDepth) {
        throw new AppError(
          'params_too_deep',
          `The request nests objects or lists more than ${maxBodyDepth} levels deep; flatten the parameters`,
          { maxDepth: maxBodyDepth },
        );
      }
    } else if (c === 0x7d || c === 0x5d /* } ] */) {
      depth--;
    } else if (c === 0x2d || (c >= 0x30 && c <= 0x39) /* - 0-9 */) {
      const m = /-?\d+(\.\d+)?([eE][+-]?\d+)?/y;
      m.lastIndex = i;
      const token = m.exec(text);
      if (!token) continue;
      i = m.lastIndex - 1;
      if (token[1] !== undefined || token[2] !== undefined) continue; // a float: JSON numbers with . or e are FLOATs anyway
      const n = BigInt(token[0]);
      if (n > maxSafe || n < -maxSafe) {
        throw new AppError(
          'integer_out_of_range',
          `The parameter integer ${token[0].length > 40 ? `${token[0].slice(0, 40)}…` : token[0]} is beyond ±9007199254740991, which JSON cannot carry exactly (and Neo4j integers end at ±2^63); send it as a string and convert it in the query with toInteger($x)`,
        );
      }
    }
  }
}
