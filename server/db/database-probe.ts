// The database's liveness probe: the watchdog's pings and GET /api/health's server information, on a driver of their
// own (two connections, made on first use). A pool of requests' connections that slow queries have filled is a busy
// database, not a dead one: neither the breaker nor the liveness answer waits behind it. Concurrent asks for the
// server information share one round trip.
import neo4j, { type Driver, type Session } from 'neo4j-driver';
import { CLIENT_GRACE_MS, type DatabaseBreaker } from './breaker.ts';
import { cypher } from './cypher-files.ts';
import { mapDatabaseError } from './database-errors.ts';

export interface ServerInfo {
  version: string;
  edition: string;
  name: string;
}

export class DatabaseProbe {
  private driverMade: Driver | undefined;
  private infoAsked: Promise<ServerInfo> | undefined;

  constructor(
    private readonly options: { uri: string; user?: string; password?: string; database?: string },
    private readonly breaker: DatabaseBreaker,
  ) {}

  private get driver(): Driver {
    const { uri, user, password } = this.options;
    this.driverMade ??= neo4j.driver(uri, password ? neo4j.auth.basic(user ?? 'neo4j', password) : undefined, {
      maxConnectionPoolSize: 2,
      connectionAcquisitionTimeout: 5_000,
      connectionTimeout: 5_000,
      logging: { level: 'error', logger: () => {} },
    });
    return this.driverMade;
  }

  /** Unchained to the process's bookmarks: it must answer at once, not wait for a member to catch up. */
  private session(): Session {
    return this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.READ });
  }

  /** One round trip with a short client-side deadline, past the breaker: the watchdog's probe. */
  async ping(timeoutMs: number): Promise<void> {
    const session = this.session();
    const probe = session.run(cypher('ping-database'), {}, { timeout: timeoutMs });
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        probe,
        new Promise(
          (_, rej) => (timer = setTimeout(() => rej(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs)),
        ),
      ]);
    } finally {
      clearTimeout(timer);
      void probe
        .then(
          () => session.close(),
          () => session.close(),
        )
        .catch(() => {});
    }
  }

  /** The database's version, edition and name. */
  serverInfo(): Promise<ServerInfo> {
    this.infoAsked ??= this.askServerInfo().finally(() => (this.infoAsked = undefined));
    return this.infoAsked;
  }

  private async askServerInfo(): Promise<ServerInfo> {
    this.breaker.check();
    const session = this.session();
    try {
      const info = await this.breaker.guard(
        this.driver.getServerInfo({ database: this.options.database }),
        5_000 + CLIENT_GRACE_MS,
      );
      const result = await this.breaker.guard(
        Promise.resolve(session.run(cypher('get-server-info'), {}, { timeout: 5_000 })),
        5_000 + CLIENT_GRACE_MS,
      );
      const row = result.records[0]?.toObject() as { edition: string; name: string } | undefined;
      return {
        version: info.agent?.replace(/^Neo4j\//, '') ?? 'unknown',
        edition: row?.edition ?? 'unknown',
        name: row?.name ?? this.options.database ?? 'neo4j',
      };
    } catch (err) {
      throw mapDatabaseError(err);
    } finally {
      void session.close().catch(() => {});
    }
  }

  async close(): Promise<void> {
    await this.driverMade?.close();
  }
}
