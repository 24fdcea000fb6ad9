// One import run: read and validate the file, resolve it against a snapshot of the graph, and (unless a dry
// run) write it atomically. One import at a time across the processes sharing the database (import-lock.ts): a
// second one meanwhile is refused with 409.
import { AppError } from '../errors/errors.ts';
import type { ImportReport } from '../../core/schemas/import.schema.ts';
import { planImport } from './plan-import.ts';
import type { ImportRepository, WriteOptions } from './import.repository.ts';
import { readCsv } from './read-csv.ts';
import { withImportLock } from './import-lock.ts';

/** 10 MB: five times the world file; a larger file is refused before it is parsed. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

export class ImportTooLargeError extends AppError {
  constructor(bytes?: number) {
    super(
      'payload_too_large',
      `An import file may be at most ${MAX_IMPORT_BYTES / 1024 / 1024} MB; split larger files`,
      { limitBytes: MAX_IMPORT_BYTES, ...(bytes ? { bytes } : {}) },
    );
  }
}

export interface ImportOptions extends WriteOptions {
  dryRun?: boolean;
}

export class ImportService {
  constructor(private readonly repo: ImportRepository) {}

  async run(bytes: Uint8Array, opts: ImportOptions = {}): Promise<ImportReport> {
    if (bytes.length > MAX_IMPORT_BYTES) throw new ImportTooLargeError(bytes.length);
    const started = performance.now();
    const file = readCsv(bytes); // a file that cannot be read is refused (400) before any lock is taken
    return withImportLock(
      this.repo.database,
      async () => {
        const plan = planImport(file, await this.repo.snapshot());
        if (!opts.dryRun) await this.repo.write(plan, opts);
        return { dryRun: opts.dryRun ?? false, ...plan.report, ms: Math.round(performance.now() - started) };
      },
      { local: opts.dryRun },
    );
  }
}
