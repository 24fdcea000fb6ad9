// Where console queries run: a sandbox (console-sandbox.ts), a sandbox with a warm standby (console-sandbox-pair.ts,
// the default), or, with CONSOLE_SANDBOX=off, the main database itself. The worker threads connect with
// `connection`; each query runs on the target `prepare()` names, and the main thread uses that target's `admin` to
// find and terminate a console transaction that outlived its deadline, and its `kill` when termination is not enough.
import type { Database } from '../db/database.ts';
import type { WorkerConnection } from './worker-messages.ts';

/** The database one query runs on. */
export interface ConsoleTarget {
  /** Which of the connection's databases (0: `connection.uri`, 1…: `connection.alternates`). */
  readonly index: number;
  readonly admin: Database;
  /** Kills that database's process (a runaway its own termination cannot stop); false when it was going down already. Absent for the main database. */
  kill?(reason: string): boolean;
  /** Whether a kill now would be covered at once by a standby holding a copy (absent: no standby is kept). */
  covered?(): boolean;
}

export interface ConsoleBackend {
  readonly kind: 'sandbox' | 'main';
  readonly connection: WorkerConnection;
  /** Resolves, once queries may run on an up-to-date graph, to where they run; throws a 503 `console_unavailable` while they may not. */
  prepare(): Promise<ConsoleTarget>;
  /** Sandboxes up and holding the active one's copy (diagnostics: 2 when the warm standby can take over). */
  copiesHeld?(): number;
  /** Registers a call for when the database process died on its own (out of memory, a crash), not by kill(). */
  onDeath?(listener: () => void): void;
  close(): Promise<void>;
}

/** CONSOLE_SANDBOX=off: console queries share the main database (every other protection still applies). */
export function mainDatabaseBackend(db: Database): ConsoleBackend {
  const target: ConsoleTarget = { index: 0, admin: db };
  return {
    kind: 'main',
    connection: {
      uri: db.options.uri,
      user: db.options.user,
      password: db.options.password,
      database: db.options.database,
    },
    prepare: async () => target,
    close: async () => {},
  };
}
