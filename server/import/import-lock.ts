// One import at a time across every app process sharing the database, not just within one: the lock is an
// :ImportLock node (unique id) claimed in its own short write transaction and deleted when the import ends, so
// between imports the graph holds no lock. A lease bounds a lock left by a process that died mid-import (longer
// than the longest possible import: 3 × 30 s snapshot reads + the 300 s write); the process that left it may retake
// it at once. Within the process a flag refuses a second import without a round trip. Dry runs write nothing and
// take only the process flag.
import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import type { Database } from '../db/database.ts';
import { AppError } from '../errors/errors.ts';

export const IMPORT_LEASE_MS = 10 * 60_000;

/** This process, as the owner named in the lock (and in the 409 another process gets). */
export const importLockOwner = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

export class ImportBusyError extends AppError {
  constructor(details?: { heldBy: string; since: string; expires: string }) {
    super('import_in_progress', 'Another import is running; try again when it has finished', details);
  }
}

let runningHere = false;

/** Runs `work` holding the import lock (the database's too unless `local`); 409 ImportBusyError when held. */
export async function withImportLock<T>(db: Database, work: () => Promise<T>, { local = false } = {}): Promise<T> {
  if (runningHere) throw new ImportBusyError();
  runningHere = true;
  try {
    if (local) return await work();
    const [claim] = await db.write<{ acquired: boolean; owner: string; since: number; expires: number }>(
      'acquire-import-lock',
      { owner: importLockOwner, now: Date.now(), leaseMs: IMPORT_LEASE_MS },
      10_000,
    );
    if (!claim?.acquired) {
      throw new ImportBusyError({
        heldBy: claim?.owner ?? 'unknown',
        since: new Date(claim?.since ?? 0).toISOString(),
        expires: new Date(claim?.expires ?? 0).toISOString(),
      });
    }
    try {
      return await work();
    } finally {
      // If this fails (the database is down), the lease expires, or this process retakes it on its next import.
      await db.write('release-import-lock', { owner: importLockOwner }, 10_000).catch(() => {});
    }
  } finally {
    runningHere = false;
  }
}
