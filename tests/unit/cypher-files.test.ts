// Every cypher/*.cypher file is used by the code, every name the code uses has a file, each has its header.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cypher, cypherNames } from '../../server/db/cypher-files.ts';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return f === 'node_modules' ? [] : sourceFiles(p);
    return p.endsWith('.ts') ? [p] : [];
  });
}

const code = ['server', 'seed', 'tests', 'neo4j']
  .flatMap(sourceFiles)
  .map((f) => readFileSync(f, 'utf8'))
  .join('\n');
// A call such as db.read<{ … }>('get-city', …): the first argument names the file.
const called = new Set(
  [...code.matchAll(/\b(?:read|write|run|cypher|cypherStatements)\b[^(\n]*\(\s*'([a-z]+(?:-[a-z]+)+)'/g)].map(
    (m) => m[1]!,
  ),
);
const quoted = (name: string) => code.includes(`'${name}'`);

describe('cypher files', () => {
  it('are all used', () => {
    expect(cypherNames().filter((n) => !quoted(n))).toEqual([]);
  });
  it('exist for every name used', () => {
    const names = new Set(cypherNames());
    expect(called.size).toBeGreaterThan(10);
    expect([...called].filter((n) => !names.has(n))).toEqual([]);
  });
  it('start with a params/returns header and never splice values', () => {
    for (const name of cypherNames()) {
      const text = cypher(name);
      expect(text, name).toMatch(/^\/\/ params:/);
      expect(text, name).not.toMatch(/\$\{/);
    }
  });
});
