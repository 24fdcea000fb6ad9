// The app wired as `npm start` wires it — connect() (supervised local Neo4j + watchdog), prepareDatabase, createApp —
// but in-process, on its OWN Neo4j (own Bolt port, own data folder under .data/), so a fault test can kill or stop
// that JVM by pid without touching the shared test database. Also the small polling helpers the fault tests share.
import { rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { pino } from 'pino';
import { inject } from 'vitest';
import { createApp } from '../../server/app.ts';
import { readEnv } from '../../server/config.ts';
import { connect, type Connection } from '../../server/startup/connect.ts';
import { prepareDatabase, type Preparing } from '../../server/startup/prepare-database.ts';

export interface FaultApp {
  url: string;
  conn: Connection;
  preparing: Preparing;
  /** Log lines of the app and the supervisor, for failure messages and for waiting on a stage. */
  log: string[];
  get<T = any>(path: string): Promise<{ status: number; body: T }>;
  /** The pid of the JVM running right now. */
  jvmPid(): number;
  close(): Promise<void>;
}

export async function startFaultApp(
  name: string,
  boltPort: number,
  opts: { world?: 'auto' | 'never'; heap?: string } = {},
): Promise<FaultApp> {
  const dataDir = resolve(`.data/neo4j-fault-${name}`);
  rmSync(dataDir, { recursive: true, force: true });
  const env = readEnv({
    NEO4J_BOLT_PORT: String(boltPort),
    NEO4J_DATA_DIR: dataDir,
    NEO4J_HEAP: opts.heap ?? '768m',
    WORLD: opts.world ?? 'never',
  });
  const log: string[] = [];
  const began = Date.now();
  const note = (msg: string) => void log.push(`+${((Date.now() - began) / 1000).toFixed(1)} s ${msg}`);
  const logger = pino({ level: 'info' }, { write: (line: string) => note(JSON.parse(line).msg) });
  const conn = await connect(env, note);
  const preparing = prepareDatabase(conn.db, { seed: env.SEED, world: env.WORLD, logger, retryMs: 500 });
  const server: Server = createApp({ db: conn.db, webRoot: inject('webRoot'), readiness: preparing.readiness }).listen(
    0,
    '127.0.0.1',
  );
  await new Promise<void>((res) => server.once('listening', () => res()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    conn,
    preparing,
    log,
    async get(path) {
      const res = await fetch(url + path);
      const text = await res.text();
      return { status: res.status, body: text ? JSON.parse(text) : undefined };
    },
    jvmPid: () => conn.local?.process.pid ?? 0,
    async close() {
      preparing.cancel();
      server.closeAllConnections();
      await new Promise((res) => server.close(res));
      await conn.close();
    },
  };
}

/** Polls `check` until it holds; false after `ms` (a bound, not a speed claim). */
export async function until(check: () => Promise<boolean> | boolean, ms: number, everyMs = 250): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (
      await Promise.resolve()
        .then(check)
        .catch(() => false)
    )
      return true;
    await new Promise((r) => setTimeout(r, everyMs));
  }
  return false;
}

export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
