// `npm run seed`: validates and loads the curated graph (idempotent: a second run changes nothing).
import { runCommand } from '../server/cli/run-command.ts';
import { loadSeed } from './load-seed.ts';
import { readSeed, SeedValidationError } from './read-seed.ts';

await runCommand({
  usage: 'npm run seed',
  database: 'schema',
  expected: [SeedValidationError],
  check: () => readSeed(),
  async run({ checked: seed, db }) {
    const report = await loadSeed(db, seed);
    console.log(`Seeded: ${report.nodes} nodes, ${report.relationships} relationships, ${report.ties} ties in ${report.ms} ms`);
  },
});
