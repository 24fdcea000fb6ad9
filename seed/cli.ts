// `npm run seed`: validates and loads the curated graph (idempotent: a second run changes nothing).
import { runCommand } from '../server/cli/run-command.ts';
import { loadSeed } from './load-seed.ts';
import { readSeed, SeedValidationError } from './read-seed.ts';
import type { Seed } from './seed.schema.ts';

let seed: Seed;
await runCommand({
  usage: 'npm run seed',
  database: 'schema',
  expected: [SeedValidationError],
  check: () => void (seed = readSeed()),
  async run({ db }) {
    const report = await loadSeed(db, seed);
    console.log(`Seeded: ${report.nodes} nodes, ${report.relationships} relationships, ${report.ties} ties in ${report.ms} ms`);
  },
});
