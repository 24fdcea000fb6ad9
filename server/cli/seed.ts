// `npm run seed`: validates and loads the curated graph (idempotent: a second run changes nothing).
import { runCommand } from './run-command.ts';
import { loadSeed } from '../seed/load-seed.ts';
import { readSeed, SeedValidationError } from '../seed/read-seed.ts';

await runCommand({
  usage: 'npm run seed',
  database: 'schema',
  expected: [SeedValidationError],
  check: () => readSeed(),
  async run({ checked: seed, db, services }) {
    const report = await loadSeed(db, seed);
    console.log(
      `Seeded: ${report.nodes} nodes, ${report.relationships} relationships, ${report.ties} ties in ${report.ms} ms`,
    );
    const metrics = await services.analytics.afterWrite(); // docs/analytics.md
    if (metrics) console.error(`City metrics computed in ${Math.round(metrics.ms)} ms`);
  },
});
