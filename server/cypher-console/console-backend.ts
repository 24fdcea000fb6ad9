// Where console queries run: the sandbox (console-sandbox.ts, the default) or, with CONSOLE_SANDBOX=off, the main
// database itself. Either way the worker threads connect with `connection`, and the main thread uses `admin` to
// find and terminate a console transaction that outlived its deadline.
import type { Database } from '../db/database.ts';
import type { WorkerConnection } from './worker-messages.ts';

export interface ConsoleBackend {
  readonly kind: 'sandbox' | 'main';
  readonly connection: WorkerConnection;
  readonly admin: Database;
  /** Resolves once queries may run on an up-to-date graph; throws a 503 `console_unavailable` while they may not. */
  prepare(): Promise<void>;
  /** Kills the database process (a runaway its own termination cannot stop); false when it was going down already. Absent for the main database. */
  kill?(reason: string): boolean;
  /** Registers a call for when the database process died on its own (out of memory, a crash), not by kill(). */
  onDeath?(listener: () => void): void;
  close(): Promise<void>;
}

/** CONSOLE_SANDBOX=off: console queries share the main database (every other protection still applies). */
export function mainDatabaseBackend(db: Database): ConsoleBackend {
  return {
    kind: 'main',
    connection: {
      uri: db.options.uri,
      user: db.options.user,
      password: db.options.password,
      database: db.options.database,
    },
    admin: db,
    prepare: async () => {},
    close: async () => {},
  };
}
