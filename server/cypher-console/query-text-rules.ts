// Refusals decided from the query text alone, before Neo4j plans it: pre-parser options (`CYPHER debug=…`,
// `CYPHER runtime=…` and the like select debug output and runtimes the console does not offer) and an unclosed
// block comment (Neo4j's lexer fails on it with a DatabaseError, a 500). Leading whitespace is matched broadly
// (every Unicode space and format character), a superset of what Neo4j skips, so a look-alike cannot hide a prefix.
import { AppError } from '../errors/errors.ts';

const leading = /^(?:[\s\p{Z}\p{Cf}]+|\/\/[^\n\r]*|\/\*[\s\S]*?\*\/)*/u;

export function refuseQueryText(query: string): void {
  if (hasUnclosedBlockComment(query)) {
    throw new AppError('syntax_error', 'Cypher syntax error: a block comment opened with /* is never closed with */');
  }
  let rest = query.replace(leading, '');
  // EXPLAIN / PROFILE may come before the options.
  const prefix = /^(?:EXPLAIN|PROFILE)(?![\p{L}\p{N}_])/iu.exec(rest);
  if (prefix) rest = rest.slice(prefix[0].length).replace(leading, '');
  if (/^CYPHER(?![\p{L}\p{N}_])/iu.test(rest)) {
    throw new AppError(
      'options_refused',
      'The console does not take CYPHER pre-parser options (version, planner, runtime, debug, …): remove the CYPHER … prefix and run the query itself',
    );
  }
}

/** True when a `/*` outside strings, quoted names and line comments is never closed. */
function hasUnclosedBlockComment(query: string): boolean {
  for (let i = 0; i < query.length; i++) {
    const c = query[i];
    if (c === "'" || c === '"' || c === '`') {
      for (i++; i < query.length && query[i] !== c; i++) if (query[i] === '\\' && c !== '`') i++;
    } else if (c === '/' && query[i + 1] === '/') {
      while (i < query.length && query[i] !== '\n' && query[i] !== '\r') i++;
    } else if (c === '/' && query[i + 1] === '*') {
      const end = query.indexOf('*/', i + 2);
      if (end < 0) return true;
      i = end + 1;
    }
  }
  return false;
}
