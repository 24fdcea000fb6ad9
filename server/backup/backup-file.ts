// The backup file: a logical, consistent copy of the whole graph (curated, imported, stories) as gzipped JSON lines —
// a header line (format, version, Neo4j version, date, last-commit marker, counts, sha256 of the record lines), then
// one graph-dump record per line, nodes first. Written and read as streams; restored into an empty database in one
// transaction. Constraints and indexes are not in the file: applySchema recreates them from cypher/apply-schema.cypher.
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip, gzipSync } from 'node:zlib';
import { z } from 'zod';
import { applySchema } from '../db/apply-schema.ts';
import type { Database } from '../db/database.ts';
import { dumpGraph, GraphNotEmptyError, loadGraph, type GraphRecord } from '../db/graph-dump.ts';

export const BACKUP_FORMAT = 'pobratim-graph-backup';
export const BACKUP_VERSION = 1;

export const BackupHeaderSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  createdAt: z.string(),
  neo4j: z.object({ version: z.string(), edition: z.string(), database: z.string() }),
  /** The database's last-commit marker, the same before and after the dump: nothing was written meanwhile. */
  lastCommit: z.string(),
  nodes: z.number().int().min(0),
  relationships: z.number().int().min(0),
  /** sha256 over the record lines, each with its '\n'. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type BackupHeader = z.infer<typeof BackupHeaderSchema>;

/** A backup or restore that cannot be done as asked; its message says why and what to do. */
export class BackupError extends Error {}

/**
 * Writes a backup of `db` to `file` (replaced only once complete: a failure leaves no file). Neo4j's transactions
 * are read-committed, so one read transaction alone is not a snapshot while writers commit: the dump is taken
 * between two readings of the last-commit marker and repeated (up to `attempts` times) until they agree.
 */
export async function writeBackup(db: Database, file: string, attempts = 5): Promise<BackupHeader> {
  const body = `${file}.body.part`;
  const part = `${file}.part`;
  try {
    for (let attempt = 1; attempt <= attempts; attempt++) {
      const before = await db.lastCommit();
      const hash = createHash('sha256');
      const counts = { nodes: 0, relationships: 0 };
      async function* lines() {
        for await (const rec of dumpGraph(db)) {
          counts[rec.kind === 'node' ? 'nodes' : 'relationships']++;
          const line = `${JSON.stringify(rec)}\n`;
          hash.update(line);
          yield line;
        }
      }
      await pipeline(Readable.from(lines()), createGzip(), createWriteStream(body));
      if ((await db.lastCommit()) !== before) continue;
      const info = await db.serverInfo();
      const header: BackupHeader = {
        format: BACKUP_FORMAT,
        version: BACKUP_VERSION,
        createdAt: new Date().toISOString(),
        neo4j: { version: info.version, edition: info.edition, database: info.name },
        lastCommit: before,
        ...counts,
        sha256: hash.digest('hex'),
      };
      // Two gzip members, header then body, make one valid gzip file (gunzip and zcat read them as one stream).
      await pipeline(async function* () {
        yield gzipSync(`${JSON.stringify(header)}\n`);
        yield* createReadStream(body);
      }, createWriteStream(part));
      await rename(part, file);
      return header;
    }
    throw new BackupError(
      `The graph changed during each of ${attempts} attempts at a consistent backup; try again when the writes (an import?) are over.`,
    );
  } finally {
    await rm(body, { force: true });
    await rm(part, { force: true });
  }
}

/** The header of a backup file, without reading the rest. */
export async function readBackupHeader(file: string): Promise<BackupHeader> {
  const lines = backupLines(file);
  try {
    const first = await lines.next();
    return parseHeader(first.done ? '' : first.value);
  } finally {
    await lines.return(undefined);
  }
}

/**
 * Restores a backup into `db`, which must hold no node (else BackupError, nothing written): the schema is applied,
 * then every record is loaded in one transaction that commits only once the whole file has been read and matches
 * its header's counts and checksum — a damaged or truncated file leaves the database as empty as it was.
 */
export async function restoreBackup(db: Database, file: string): Promise<BackupHeader> {
  const header = await readBackupHeader(file);
  const [held] = await db.read<{ nodes: number }>('count-graph');
  if (held && held.nodes > 0) throw notEmpty(held.nodes);
  const lines = backupLines(file);
  await lines.next(); // the header
  const hash = createHash('sha256');
  const counts = { nodes: 0, relationships: 0 };
  async function* records(): AsyncGenerator<GraphRecord> {
    let n = 1;
    for await (const line of lines) {
      n++;
      if (line === '') continue;
      hash.update(`${line}\n`);
      let rec: GraphRecord;
      try {
        rec = JSON.parse(line) as GraphRecord;
      } catch {
        throw new BackupError(`${file} is damaged: line ${n} is not JSON`);
      }
      if (rec.kind !== 'node' && rec.kind !== 'relationship')
        throw new BackupError(`${file} is damaged: line ${n} is not a graph record`);
      counts[rec.kind === 'node' ? 'nodes' : 'relationships']++;
      yield rec;
    }
    const sha256 = hash.digest('hex');
    if (sha256 !== header.sha256 || counts.nodes !== header.nodes || counts.relationships !== header.relationships) {
      throw new BackupError(
        `${file} is damaged: it holds ${counts.nodes} nodes and ${counts.relationships} relationships with sha256 ${sha256}, ` +
          `its header says ${header.nodes}, ${header.relationships} and ${header.sha256}; nothing was restored`,
      );
    }
  }
  try {
    await applySchema(db);
    await loadGraph(db, records(), { requireEmpty: true });
    return header;
  } catch (err) {
    throw err instanceof GraphNotEmptyError ? notEmpty(err.nodes) : err;
  } finally {
    await lines.return(undefined);
  }
}

function notEmpty(nodes: number): BackupError {
  return new BackupError(
    `Refusing to restore: the database already holds ${nodes} nodes. Restore only into an empty database ` +
      '(a new NEO4J_DATA_DIR for the local Neo4j, or a new database on your server); nothing was written.',
  );
}

function parseHeader(line: string): BackupHeader {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    throw new BackupError('This is not a Pobratim backup: its first line is not a JSON header.');
  }
  const parsed = BackupHeaderSchema.safeParse(json);
  if (!parsed.success) {
    const format = json as { format?: unknown; version?: unknown } | null;
    if (format?.format === BACKUP_FORMAT)
      throw new BackupError(
        `This backup's format version ${String(format.version)} is not one this version reads (${BACKUP_VERSION}).`,
      );
    throw new BackupError(
      `This is not a Pobratim backup: ${parsed.error.issues[0]?.path.join('.')} ${parsed.error.issues[0]?.message}`,
    );
  }
  return parsed.data;
}

/** The file's lines, un-gzipped, as a stream. */
async function* backupLines(file: string): AsyncGenerator<string> {
  const input = createReadStream(file);
  const gunzip = createGunzip();
  const text = input.pipe(gunzip);
  input.once('error', (err) => gunzip.destroy(err));
  const rl = createInterface({ input: text, crlfDelay: Infinity });
  try {
    for await (const line of rl) yield line;
  } catch (err) {
    throw (err as { code?: string }).code?.startsWith('Z_')
      ? new BackupError(`${file} is damaged: ${(err as Error).message}`)
      : err;
  } finally {
    rl.close();
    input.destroy();
  }
}
