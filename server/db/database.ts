// Access to the graph: named Cypher files run in read or write transactions on one driver.
// Reads go through executeRead so a cluster (neo4j+s://) routes them to followers. Every session of the process
// is opened here (withSession, inTransaction, streamTransaction), on this process's bookmark manager, and closed
// on every path.
import neo4j, {
  type Driver,
  type ManagedTransaction,
  type QueryResult,
  type RecordShape,
  type Session,
  type Transaction,
} from 'neo4j-driver';
import { commitOf } from './commit-marker.ts';
import { CLIENT_GRACE_MS, DatabaseBreaker } from './breaker.ts';
import { DatabaseProbe, type Liveness, type ServerInfo } from './database-probe.ts';
import { cypher } from './cypher-files.ts';
import { mapDatabaseError } from './database-errors.ts';

export interface DatabaseOptions {
  uri: string;
  user?: string;
  password?: string;
  database?: string;
}

export type Params = Record<string, unknown>;

export interface SessionOptions {
  /** READ (default) is routed to followers on a cluster; WRITE to the leader. */
  mode?: 'READ' | 'WRITE';
  /** Records pulled per batch (the driver's default is 1,000). */
  fetchSize?: number;
  /** On the exact-integer driver (BigInt): a dump's faithful values. */
  exact?: boolean;
}

export interface TransactionOptions extends SessionOptions {
  timeoutMs: number;
  /** The reader went away: the transaction is rolled back at once (even while Neo4j is still producing rows)
   *  and the session closed; the call then rejects with the signal's reason. */
  signal?: AbortSignal;
}

export class Database {
  readonly driver: Driver;
  readonly database: string | undefined;
  readonly uri: string;
  /** Open while the database is known to be down or frozen (server/db/watchdog.ts, the JVM supervisor): calls fail at once. */
  readonly breaker = new DatabaseBreaker();
  /** How to connect (the console's worker thread opens its own driver with these). */
  readonly options: DatabaseOptions;
  private exactDriver: Driver | undefined;
  /** The watchdog's pings and GET /api/health's server information, on connections of their own. */
  private readonly probe: DatabaseProbe;
  /** Chains this process's reads and writes causally: on a cluster, a read never sees an older graph than one this
   *  process has already seen or written (which keeps the response cache's last-commit markers honest). */
  private readonly bookmarks = neo4j.bookmarkManager();
  /** The commits of this process that wrote content, not graph data (stories), as `database:tx`; the last
   *  thousands are kept, and lastCommit() looks through them. */
  private readonly contentCommits = new Set<string>();

  constructor(opts: DatabaseOptions) {
    this.uri = opts.uri;
    this.options = opts;
    this.database = opts.database;
    this.probe = new DatabaseProbe(opts, this.breaker);
    const auth = opts.password ? neo4j.auth.basic(opts.user ?? 'neo4j', opts.password) : undefined;
    this.driver = neo4j.driver(opts.uri, auth, {
      disableLosslessIntegers: true,
      maxConnectionPoolSize: 50,
      connectionAcquisitionTimeout: 10_000,
      connectionTimeout: 5_000,
      maxTransactionRetryTime: 5_000,
      logging: { level: 'error', logger: () => {} },
    });
  }

  /** Rows of a named read query (`cypher/<name>.cypher`), as plain objects: one managed read transaction (retried
   *  by the driver), without the driver's capture of the caller's stack (withoutCallerStack). */
  async read<T = RecordShape>(name: string, params: Params = {}, timeoutMs = 30_000): Promise<T[]> {
    this.breaker.check();
    const session = this.session({ mode: 'READ' });
    let settled = false;
    try {
      const running = session.executeRead((tx) => withoutCallerStack(() => tx.run(cypher(name), params)), {
        timeout: timeoutMs,
      });
      void running.finally(() => (settled = true)).catch(() => {});
      return toObjects<T>(await this.breaker.guard(running, timeoutMs + CLIENT_GRACE_MS));
    } catch (err) {
      throw mapDatabaseError(err);
    } finally {
      // Given up on (breaker or deadline): closing would wait on the same silent socket, so it closes in the background.
      if (settled) await session.close().catch(() => {});
      else void session.close().catch(() => {});
    }
  }

  async write<T = RecordShape>(name: string, params: Params = {}, timeoutMs = 60_000): Promise<T[]> {
    return this.runWrite((tx) => tx.run(cypher(name), params), timeoutMs).then(toObjects<T>);
  }

  /** A write of content that is not graph data (a pinned story): its commit does not change lastCommit(), so
   *  the response cache keeps what it holds. */
  async writeContent<T = RecordShape>(name: string, params: Params = {}, timeoutMs = 60_000): Promise<T[]> {
    return this.runWrite(
      (tx) => tx.run(cypher(name), params),
      timeoutMs,
      (bookmarks) => {
        const commit = bookmarks.length === 1 ? commitOf(bookmarks[0]!) : undefined;
        if (!commit) return;
        this.contentCommits.add(`${commit.database}:${commit.tx}`);
        if (this.contentCommits.size > 10_000) this.contentCommits.delete(this.contentCommits.values().next().value!);
      },
    ).then(toObjects<T>);
  }

  /** Several statements in one write transaction: all or nothing. */
  async writeTransaction<R>(work: (tx: ManagedTransaction) => Promise<R>, timeoutMs = 300_000): Promise<R> {
    return this.runWrite(work, timeoutMs);
  }

  private async runWrite<R>(
    work: (tx: ManagedTransaction) => Promise<R>,
    timeoutMs: number,
    committed?: (bookmarks: string[]) => void,
  ): Promise<R> {
    this.breaker.check();
    const session = this.session({ mode: 'WRITE' });
    let settled = false;
    try {
      const running = session.executeWrite(work, { timeout: timeoutMs });
      void running.finally(() => (settled = true)).catch(() => {});
      const result = await this.breaker.guard(running, timeoutMs + CLIENT_GRACE_MS, { releaseOnOpen: false });
      committed?.(session.lastBookmarks());
      return result;
    } catch (err) {
      throw mapDatabaseError(err);
    } finally {
      // Given up on (breaker or deadline): closing would wait on the same silent socket, so it closes in the background.
      if (settled) await session.close().catch(() => {});
      else void session.close().catch(() => {});
    }
  }

  /**
   * A session for work that is not one managed transaction — auto-commit statements (schema, administration
   * commands), or several transactions in a row — closed when `work` settles; driver errors are mapped
   * (database-errors.ts).
   */
  async withSession<R>(work: (session: Session) => Promise<R>, opts: SessionOptions = {}): Promise<R> {
    const session = this.session(opts);
    try {
      return await work(session);
    } catch (err) {
      throw mapDatabaseError(err);
    } finally {
      await session.close().catch(() => {});
    }
  }

  /**
   * ONE explicit transaction whose rows are pulled as they are consumed (a stream: an export): committed when
   * `work` resolves, rolled back when it fails or `signal` aborts, the session closed on every path.
   */
  async inTransaction<R>(work: (tx: Transaction) => Promise<R>, opts: TransactionOptions): Promise<R> {
    const { signal } = opts;
    signal?.throwIfAborted();
    return this.withSession(async (session) => {
      const tx = session.beginTransaction({ timeout: opts.timeoutMs });
      const rollBack = () => void tx.rollback().catch(() => {});
      signal?.addEventListener('abort', rollBack, { once: true });
      try {
        const result = await work(tx);
        await tx.commit();
        return result;
      } catch (err) {
        throw signal?.aborted ? signal.reason : err;
      } finally {
        signal?.removeEventListener('abort', rollBack);
        if (tx.isOpen()) await tx.rollback().catch(() => {});
      }
    }, opts);
  }

  /**
   * What `work` yields from ONE explicit transaction, as an async generator with the driver's back-pressure
   * (records are pulled in batches as the consumer takes them). Stopping the iteration early rolls the
   * transaction back and closes the session.
   */
  async *streamTransaction<T>(
    work: (tx: Transaction) => AsyncIterable<T>,
    opts: Omit<TransactionOptions, 'signal'>,
  ): AsyncGenerator<T> {
    const session = this.session(opts);
    let tx: Transaction | undefined;
    try {
      tx = await session.beginTransaction({ timeout: opts.timeoutMs });
      yield* work(tx);
      await tx.commit();
    } catch (err) {
      throw mapDatabaseError(err);
    } finally {
      if (tx?.isOpen()) await tx.rollback().catch(() => {});
      await session.close().catch(() => {});
    }
  }

  /** Every session of the process's requests, chained to its bookmarks. */
  private session({ mode = 'READ', fetchSize, exact }: SessionOptions): Session {
    return (exact ? this.exactIntegerDriver : this.driver).session({
      database: this.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      bookmarkManager: this.bookmarks,
      ...(fetchSize ? { fetchSize } : {}),
    });
  }

  /** One round trip with a short client-side deadline, past the breaker: the watchdog's probe. */
  ping(timeoutMs: number): Promise<void> {
    return this.probe.ping(timeoutMs);
  }

  /** The database's version, edition and name (GET /api/health). */
  serverInfo(): Promise<ServerInfo> {
    return this.probe.serverInfo();
  }

  /** /api/health's view of the database (database-probe.ts: its own round trip, or the watchdog's last). */
  liveness(): Promise<Liveness> {
    return this.probe.liveness();
  }

  /**
   * An opaque marker of the last transaction committed to the database — by anyone: this server, an import,
   * Neo4j Browser. It is the bookmark a read ends with, so it costs one short round trip; equal
   * markers mean an unchanged graph. On a cluster, members may answer with different markers (only a miss), and
   * the shared bookmark manager makes every later read of this process see at least the marker's state.
   * Commits of content this process wrote (writeContent: stories) are looked through: the marker is that of the
   * last commit before them, since they changed no graph data (another process's stories count as changes).
   */
  async lastCommit(): Promise<string> {
    this.breaker.check();
    const session = this.session({});
    let settled = false;
    try {
      // An auto-commit read: one message out, where a managed transaction sends three (BEGIN, RUN, COMMIT).
      const running = Promise.resolve(
        withoutCallerStack(() => session.run(cypher('get-last-commit'), {}, { timeout: 5_000 })),
      );
      void running.finally(() => (settled = true)).catch(() => {});
      await this.breaker.guard(running, 5_000 + CLIENT_GRACE_MS);
      const bookmarks = session.lastBookmarks();
      const commit = bookmarks.length === 1 ? commitOf(bookmarks[0]!) : undefined;
      if (!commit) return bookmarks.join(' ');
      let tx = commit.tx;
      while (this.contentCommits.has(`${commit.database}:${tx}`)) tx--;
      return `${commit.database}:${tx}`;
    } catch (err) {
      throw mapDatabaseError(err);
    } finally {
      if (settled) await session.close().catch(() => {});
      else void session.close().catch(() => {});
    }
  }

  /** A second driver, made on first use, that keeps integers exact (BigInt): the Cypher console's faithful values. */
  get exactIntegerDriver(): Driver {
    const { uri, user, password } = this.options;
    this.exactDriver ??= neo4j.driver(uri, password ? neo4j.auth.basic(user ?? 'neo4j', password) : undefined, {
      useBigInt: true,
      maxConnectionPoolSize: 50,
      connectionAcquisitionTimeout: 10_000,
      connectionTimeout: 5_000,
      logging: { level: 'error', logger: () => {} },
    });
    return this.exactDriver;
  }

  async close(): Promise<void> {
    await Promise.all([this.driver.close(), this.exactDriver?.close(), this.probe.close()]);
  }
}

function toObjects<T>(result: QueryResult): T[] {
  return result.records.map((r) => r.toObject() as T);
}

/**
 * `make()` with no stack captured by the errors it creates. The driver makes an Error for every Result to read its
 * stack (`captureStacktrace`: so that its later errors point at the caller); with tsx's source maps on, formatting
 * that stack maps every frame — ~0.7 ms of the main thread per query under a soak, and 256 ms once when a file's
 * map was first parsed under the first users' requests. The hot reads skip it: a failure is mapped
 * (mapDatabaseError) into an error with its own stack, which is what the logs show.
 */
function withoutCallerStack<T>(make: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return make();
  } finally {
    Error.stackTraceLimit = limit;
  }
}
