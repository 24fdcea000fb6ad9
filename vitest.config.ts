import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/setup/global-neo4j.ts'],
    // One real Neo4j is shared by the files, and some files write to it: run files one after another.
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 240_000,
    reporters: ['default', './tests/setup/summary-reporter.ts'],
  },
});
