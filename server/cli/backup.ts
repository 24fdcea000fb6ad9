// `npm run backup -- <file.jsonl.gz>` / `npm run restore -- <file.jsonl.gz>`: a consistent logical backup of the
// whole graph of the configured database (NEO4J_URI, or the local Neo4j as `npm start` would start it), and its
// restore into an empty database (refused otherwise). Prints what was done; exits 1 when it cannot be done.
import { resolve } from 'node:path';
import { runCommand } from '../cli/run-command.ts';
import { BackupError, restoreBackup, writeBackup, type BackupHeader } from '../backup/backup-file.ts';

const summary = (h: BackupHeader) =>
  `${h.nodes.toLocaleString('en')} nodes, ${h.relationships.toLocaleString('en')} relationships (sha256 ${h.sha256.slice(0, 16)}…, Neo4j ${h.neo4j.version}, taken ${h.createdAt})`;

await runCommand({
  usage: 'npm run backup -- <file.jsonl.gz>   |   npm run restore -- <file.jsonl.gz>',
  positionals: ([command, ...files]) => (command === 'backup' || command === 'restore') && files.length === 1,
  database: true,
  expected: [BackupError],
  async run({ positionals: [command, file], db }) {
    const path = resolve(file!);
    const started = performance.now();
    const header = command === 'backup' ? await writeBackup(db, path) : await restoreBackup(db, path);
    const secs = ((performance.now() - started) / 1000).toFixed(1);
    console.error(
      `${command === 'backup' ? `Backed up to ${path}` : `Restored ${path}`}: ${summary(header)} in ${secs} s`,
    );
  },
});
