// `npm run backup -- <file.jsonl.gz>` / `npm run restore -- <file.jsonl.gz>`: a consistent logical backup of the
// whole graph of the configured database (NEO4J_URI, or the local Neo4j as `npm start` would start it), and its
// restore into an empty database (refused otherwise). Prints what was done; exits 1 when it cannot be done.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { LocalNeo4jError } from '../../neo4j/local-neo4j.ts';
import { readEnv } from '../config.ts';
import { connect } from '../startup/connect.ts';
import { AppError } from '../http/errors.ts';
import { BackupError, restoreBackup, writeBackup, type BackupHeader } from '../backup/backup-file.ts';

const { positionals } = parseArgs({ allowPositionals: true });
const [command, file] = positionals;
if ((command !== 'backup' && command !== 'restore') || !file || positionals.length !== 2) {
  console.error('Usage: npm run backup -- <file.jsonl.gz>   |   npm run restore -- <file.jsonl.gz>');
  process.exit(2);
}

const summary = (h: BackupHeader) =>
  `${h.nodes.toLocaleString('en')} nodes, ${h.relationships.toLocaleString('en')} relationships (sha256 ${h.sha256.slice(0, 16)}…, Neo4j ${h.neo4j.version}, taken ${h.createdAt})`;

let conn;
try {
  const path = resolve(file);
  const started = performance.now();
  conn = await connect(readEnv());
  const header = command === 'backup' ? await writeBackup(conn.db, path) : await restoreBackup(conn.db, path);
  const secs = ((performance.now() - started) / 1000).toFixed(1);
  console.error(`${command === 'backup' ? `Backed up to ${path}` : `Restored ${path}`}: ${summary(header)} in ${secs} s`);
} catch (err) {
  console.error(err instanceof BackupError || err instanceof AppError || err instanceof LocalNeo4jError ? err.message : err);
  process.exitCode = 1;
} finally {
  await conn?.close();
}
