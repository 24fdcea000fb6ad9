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

/** What /api/health says of the database: its information and how long ago it last answered. */
export interface Liveness {
  info: ServerInfo;
  answeredMsAgo: number;
}

/** How long /api/health waits for its own round trip before it answers with the watchdog's last one instead
 *  (100 ms until 2026-12-04: a liveness answer should not wait on a database busy with a cold minute's queries). */
export const LIVE_WAIT_MS = 25;
/** How recent the watchdog's last answer must be to stand for the database (its pings are a second apart). */
export const FRESH_MS = 2_500;

export class DatabaseProbe {
  private driverMade: Driver | undefined;
  private infoAsked: Promise<ServerInfo> | undefined;
  /** The database's last answer to this probe (a ping or the server information), and its information then. */
  private answeredAt = 0;
  private lastInfo: ServerInfo | undefined;

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
      this.answeredAt = Date.now();
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

  /**
   * /api/health's answer: its own round trip when that answers within LIVE_WAIT_MS (a failure too: a refused
   * connection is a 503 at once). When it takes longer — a database busy with a cold start's queries — and the
   * watchdog's last ping answered within FRESH_MS, that answer stands for it: a busy database is alive, and the
   * breaker opens when the pings stop answering. Without such a recent answer health waits for its own.
   */
  async liveness(): Promise<Liveness> {
    const live = this.serverInfo().then((info) => ({ info, answeredMsAgo: 0 }));
    let timer: NodeJS.Timeout | undefined;
    const recent = new Promise<Liveness | undefined>((res) => {
      timer = setTimeout(() => {
        const ago = Date.now() - this.answeredAt;
        res(this.lastInfo && ago <= FRESH_MS ? { info: this.lastInfo, answeredMsAgo: ago } : undefined);
      }, LIVE_WAIT_MS);
    });
    try {
      return (await Promise.race([live, recent])) ?? (await live);
    } finally {
      clearTimeout(timer);
    }
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
      this.answeredAt = Date.now();
      return (this.lastInfo = {
        version: info.agent?.replace(/^Neo4j\//, '') ?? 'unknown',
        edition: row?.edition ?? 'unknown',
        name: row?.name ?? this.options.database ?? 'neo4j',
      });
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
