// The boundary check (.dependency-cruiser.cjs) on a tree that breaks each rule once: it must name every rule,
// so a rule that silently stops matching (a renamed folder, a typo in a path) fails here, not in review.
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { cruise, type ICruiseResult, type IConfiguration, type IFlattenedRuleSet } from 'dependency-cruiser';
import { describe, expect, it } from 'vitest';

const config = createRequire(import.meta.url)('../../.dependency-cruiser.cjs') as IConfiguration;

async function violations(baseDir: string) {
  const { output } = await cruise(['core', 'server', 'web', 'neo4j'], {
    ...config.options,
    tsConfig: undefined,
    baseDir,
    validate: true,
    ruleSet: { forbidden: config.forbidden } as IFlattenedRuleSet,
  });
  return (output as ICruiseResult).summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`);
}

describe('the boundary check', () => {
  it('fails a tree that imports against the flow, naming each broken rule', async () => {
    const found = await violations(resolve(import.meta.dirname, 'boundary-fixture'));
    expect(found).toEqual(
      expect.arrayContaining([
        'core-is-isomorphic: core/words.ts → os',
        'core-is-isomorphic: core/words.ts → server/port.ts',
        'core-is-isomorphic: core/words.ts → web/src/model/colour.ts',
        'server-not-web: server/port.ts → web/src/model/colour.ts',
        'web-not-server: web/src/render/paint.ts → server/port.ts',
        'neo4j-not-app: neo4j/start.ts → server/port.ts',
        'web-flow-model: web/src/model/colour.ts → web/src/render/paint.ts',
      ]),
    );
    expect(found.some((v) => v.startsWith('no-folder-cycles: web/src/model → '))).toBe(true);
    // server/port → web/src/model/colour → web/src/render/paint → server/port
    expect(found.some((v) => v.startsWith('no-module-cycles: '))).toBe(true);
  }, 60_000);
});
