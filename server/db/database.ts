// Access to the graph: named Cypher files run in read or write transactions on one driver.
// Reads go through executeRead so a cluster (neo4j+s://) routes them to followers.
import neo4j, { type Driver, type ManagedTransaction, type QueryResult, type RecordShape } from 'neo4j-driver';
import { cypher } from './cypher-files.ts';
import { mapDatabaseError } from './database-errors.ts';

export interface DatabaseOptions {
  uri: string;
  user?: string;
  password?: string;
  database?: string;
}

export type Params = Record<string, unknown>;

export class Database {
  readonly driver: Driver;
  readonly database: string | undefined;
  readonly uri: string;
  /** How to connect (the console's worker thread opens its own driver with these). */
  readonly options: DatabaseOptions;
  private exactDriver: Driver | undefined;
  /** Chains this process's reads and writes causally: on a cluster, a read never sees an older graph than one this
   *  process has already seen or written (which keeps the response cache's last-commit markers honest). */
  private readonly bookmarks = neo4j.bookmarkManager();

  constructor(opts: DatabaseOptions) {
    this.uri = opts.uri;
    this.options = opts;
    this.database = opts.database;
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

  /** Rows of a named read query (`cypher/<name>.cypher`), as plain objects. */
  async read<T = RecordShape>(name: string, params: Params = {}, timeoutMs = 30_000): Promise<T[]> {
    return this.run('READ', (tx) => tx.run(cypher(name), params), timeoutMs).then(toObjects<T>);
  }

  async write<T = RecordShape>(name: string, params: Params = {}, timeoutMs = 60_000): Promise<T[]> {
    return this.run('WRITE', (tx) => tx.run(cypher(name), params), timeoutMs).then(toObjects<T>);
  }

  /** Several statements in one write transaction: all or nothing. */
  async writeTransaction<R>(work: (tx: ManagedTransaction) => Promise<R>, timeoutMs = 300_000): Promise<R> {
    return this.run('WRITE', work, timeoutMs);
  }

  private async run<R>(mode: 'READ' | 'WRITE', work: (tx: ManagedTransaction) => Promise<R>, timeoutMs: number): Promise<R> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE, bookmarkManager: this.bookmarks });
    try {
      const config = { timeout: timeoutMs };
      return mode === 'READ' ? await session.executeRead(work, config) : await session.executeWrite(work, config);
    } catch (err) {
      throw mapDatabaseError(err);
    } finally {
      await session.close().catch(() => {});
    }
  }

  /**
   * An opaque marker of the last transaction committed to the database — by anyone: this server, an import,
   * Neo4j Browser. It is the bookmark a read ends with, so it costs one short round trip; equal
   * markers mean an unchanged graph. On a cluster, members may answer with different markers (only a miss), and
   * the shared bookmark manager makes every later read of this process see at least the marker's state.
   */
  async lastCommit(): Promise<string> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ, bookmarkManager: this.bookmarks });
    try {
      // An auto-commit read: one message out, where a managed transaction sends three (BEGIN, RUN, COMMIT).
      await session.run(cypher('get-last-commit'), {}, { timeout: 5_000 });
      return session.lastBookmarks().join(' ');
    } catch (err) {
      throw mapDatabaseError(err);
    } finally {
      await session.close().catch(() => {});
    }
  }

  async serverInfo(): Promise<{ version: string; edition: string; name: string }> {
    try {
      const info = await this.driver.getServerInfo({ database: this.database });
      const [row] = await this.read<{ edition: string; name: string }>('get-server-info', {}, 5_000);
      return { version: info.agent?.replace(/^Neo4j\//, '') ?? 'unknown', edition: row?.edition ?? 'unknown', name: row?.name ?? this.database ?? 'neo4j' };
    } catch (err) {
      throw mapDatabaseError(err);
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
    await Promise.all([this.driver.close(), this.exactDriver?.close()]);
  }
}

function toObjects<T>(result: QueryResult): T[] {
  return result.records.map((r) => r.toObject() as T);
}
