// `npm run import -- <file> [--dry-run]`: imports a CSV file (the world file's columns or the richer set)
// into the configured database and prints the report as JSON; exits 1 when the file cannot be imported.
import { readFileSync, statSync } from 'node:fs';
import { runCommand } from '../cli/run-command.ts';
import { ImportTooLargeError, MAX_IMPORT_BYTES } from '../import/import.service.ts';

await runCommand({
  usage: 'npm run import -- <file.csv> [--dry-run]',
  options: { 'dry-run': { type: 'boolean', default: false } },
  positionals: 1,
  database: 'schema',
  check({ positionals: [file] }) {
    const size = statSync(file!).size;
    if (size > MAX_IMPORT_BYTES) throw new ImportTooLargeError(size);
  },
  async run({ values, positionals: [file], services }) {
    const report = await services.imports.run(readFileSync(file!), { dryRun: values['dry-run'] });
    console.log(JSON.stringify(report, null, 2));
    console.error(
      `${report.dryRun ? 'Dry run (nothing written)' : 'Imported'}: ${report.rowsRead} rows read, ${report.cities.created} cities created, ` +
        `${report.cities.matched} matched, ${report.ties.created} ties created, ${report.ties.alreadyPresent} already present, ` +
        `${report.rejectedCount} rejected, ${report.ambiguous.length} ambiguous places, in ${report.ms} ms`,
    );
    if (report.dryRun) return;
    const metrics = await services.analytics.afterWrite(); // docs/analytics.md
    if (metrics) console.error(`City metrics computed in ${Math.round(metrics.ms)} ms`);
  },
});
