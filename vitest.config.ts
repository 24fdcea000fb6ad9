import { defineConfig } from 'vitest/config';

// Test lanes (docs/testing.md): `unit` needs neither Neo4j nor a browser; `api` (HTTP, seed, processes) and
// `browser` (Chromium pages) share one real Neo4j started by the global setup; `faults` kills and stops databases
// on fixed ports. `npm test` runs every lane, one lane after another (groupOrder), one file at a time.
const needsNeo4j = { globalSetup: ['tests/setup/global-neo4j.ts'] };

export default defineConfig({
  test: {
    // One real Neo4j is shared by the files, and some files write to it: run files one after another.
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 240_000,
    reporters: ['default', './tests/setup/summary-reporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/import/**/*.test.ts', 'tests/lint/**/*.test.ts'],
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'api',
          include: ['tests/api/**/*.test.ts', 'tests/seed/**/*.test.ts', 'tests/process/**/*.test.ts'],
          ...needsNeo4j,
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/e2e/**/*.test.ts', 'tests/browser/**/*.test.ts'],
          ...needsNeo4j,
          sequence: { groupOrder: 2 },
        },
      },
      {
        extends: true,
        test: { name: 'faults', include: ['tests/faults/**/*.test.ts'], ...needsNeo4j, sequence: { groupOrder: 3 } },
      },
    ],
  },
});
