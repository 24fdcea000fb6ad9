// The one runner of the command-line tools (`npm run seed`, `import`, `export`, `db`, `backup`/`restore`): parses
// the arguments (node's util.parseArgs: strict, no dependency), connects to the database when the command needs it
// (NEO4J_URI, or the local Neo4j it starts and stops), runs the command, and ends it the same way everywhere —
// exit 0 done, 1 failed (a plain message for an expected failure, the stack for a bug), 2 wrong usage.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { LocalNeo4jError } from '../../neo4j/local-neo4j.ts';
import { readEnv } from '../config.ts';
import { applySchema } from '../db/apply-schema.ts';
import { connect } from '../startup/connect.ts';
import type { Database } from '../db/database.ts';
import { AppError, StreamGoneError } from '../errors/errors.ts';
import { createServices, type Services } from '../services.ts';

type Options = NonNullable<ParseArgsConfig['options']>;
type Parsed<O extends Options> = ReturnType<typeof parseArgs<{ options: O; allowPositionals: true }>>;

export interface CommandContext<O extends Options> {
  values: Parsed<O>['values'];
  positionals: string[];
}

export interface DatabaseContext<O extends Options, P> extends CommandContext<O> {
  /** What `check` returned. */
  checked: P;
  db: Database;
  services: Services;
}

interface CommandBase<O extends Options, P> {
  /** Printed, with "Usage: ", when the arguments do not fit. */
  usage: string;
  options?: O;
  /** How many positional arguments the command takes (default none). */
  positionals?: number | ((given: string[]) => boolean);
  /** Checks made before the database is started (the input file, the seed), so bad input costs no Neo4j start;
   *  what it returns is `checked` in `run`. */
  check?(ctx: CommandContext<O>): P | Promise<P>;
  /** Failures the user can act on, printed as their message alone (AppError and LocalNeo4jError always are). */
  expected?: Array<new (...args: never[]) => Error>;
}

/** A command that needs no database (the database itself: `npm run db`). */
export interface PlainCommand<O extends Options> extends CommandBase<O, void> {
  database?: false;
  run(ctx: CommandContext<O>): Promise<void>;
}

/** A command on the configured database; `schema`: constraints and indexes applied first. */
export interface DatabaseCommand<O extends Options, P> extends CommandBase<O, P> {
  database: true | 'schema';
  run(ctx: DatabaseContext<O, P>): Promise<void>;
}

/** Thrown by a command (or the runner) when its arguments do not fit: exit 2 with the usage. */
export class UsageError extends Error {}

/** Pings every second, each with 5 s to answer, six misses in a row: ~30 s of silence before a command gives up. */
const CLI_WATCHDOG = { timeoutMs: 5_000, misses: 6 };

export async function runCommand<O extends Options = Record<never, never>, P = void>(
  command: PlainCommand<O> | DatabaseCommand<O, P>,
): Promise<void> {
  let conn: Awaited<ReturnType<typeof connect>> | undefined;
  try {
    const ctx = parse(command);
    if (!command.database) {
      await command.check?.(ctx);
      return await command.run(ctx);
    }
    const checked = (await command.check?.(ctx)) as P;
    // A command the operator waits for waits for a slow database too: its watchdog opens the breaker only after
    // 30 s without an answer (the server's fails fast after 3 s, so that no request piles up on a frozen socket).
    conn = await connect(readEnv(), console.error, { watchdog: CLI_WATCHDOG });
    if (command.database === 'schema') await applySchema(conn.db);
    await command.run({ ...ctx, checked, db: conn.db, services: createServices(conn.db) });
  } catch (err) {
    report(command, err);
  } finally {
    await conn?.close();
  }
}

function parse<O extends Options>(command: CommandBase<O, unknown>): CommandContext<O> {
  let parsed: Parsed<O>;
  try {
    parsed = parseArgs({ options: command.options ?? ({} as O), allowPositionals: true });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const fits = command.positionals ?? 0;
  if (typeof fits === 'number' ? parsed.positionals.length !== fits : !fits(parsed.positionals))
    throw new UsageError('');
  return { values: parsed.values, positionals: parsed.positionals };
}

function report(command: CommandBase<Options, unknown>, err: unknown): void {
  if (err instanceof UsageError) {
    if (err.message) console.error(err.message);
    console.error(`Usage: ${command.usage}`);
    process.exitCode = 2;
    return;
  }
  process.exitCode = 1;
  // The output went away (`| head` closes the pipe: EPIPE) or failed (a full disk): a closed pipe is the
  // reader's choice and says nothing; anything else is reported.
  if (err instanceof StreamGoneError) {
    const gone = err.cause as NodeJS.ErrnoException | undefined;
    if (gone?.code !== 'EPIPE') console.error(`Stopped: ${gone?.message ?? err.message}`);
    return;
  }
  if (err instanceof AppError)
    return void console.error(`${err.message}${err.details === undefined ? '' : ` ${JSON.stringify(err.details)}`}`);
  const expected = [LocalNeo4jError, ...(command.expected ?? [])].some((type) => err instanceof type);
  console.error(expected ? (err as Error).message : err);
}
