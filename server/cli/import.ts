// `npm run import -- <file> [--dry-run]`: imports a CSV file (the world file's columns or the richer set)
// into the configured database and prints the report as JSON; exits 1 when the file cannot be imported.
import { readFileSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { LocalNeo4jError } from '../../neo4j/local-neo4j.ts';
import { readEnv } from '../config.ts';
import { applySchema } from '../db/apply-schema.ts';
import { connect } from '../startup/connect.ts';
import { AppError } from '../http/errors.ts';
import { ImportRepository } from '../import/import.repository.ts';
import { ImportService, ImportTooLargeError, MAX_IMPORT_BYTES } from '../import/import.service.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { 'dry-run': { type: 'boolean', default: false } } });
if (positionals.length !== 1) {
  console.error('Usage: npm run import -- <file.csv> [--dry-run]');
  process.exit(2);
}

let conn;
try {
  const file = positionals[0]!;
  const size = statSync(file).size;
  if (size > MAX_IMPORT_BYTES) throw new ImportTooLargeError(size);
  const bytes = readFileSync(file);
  conn = await connect(readEnv());
  await applySchema(conn.db);
  const report = await new ImportService(new ImportRepository(conn.db)).run(bytes, { dryRun: values['dry-run'] });
  console.log(JSON.stringify(report, null, 2));
  console.error(`${report.dryRun ? 'Dry run (nothing written)' : 'Imported'}: ${report.rowsRead} rows read, ${report.cities.created} cities created, ` +
    `${report.cities.matched} matched, ${report.ties.created} ties created, ${report.ties.alreadyPresent} already present, ` +
    `${report.rejectedCount} rejected, ${report.ambiguous.length} ambiguous places, in ${report.ms} ms`);
} catch (err) {
  if (err instanceof AppError) console.error(`${err.message}${err.details ? ` ${JSON.stringify(err.details)}` : ''}`);
  else console.error(err instanceof LocalNeo4jError ? err.message : err);
  process.exitCode = 1;
} finally {
  await conn?.close();
}
