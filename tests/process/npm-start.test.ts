// `npm start` end to end: starts its own local Neo4j, seeds the empty graph, serves the API, and on SIGINT
// stops the server and the JVM (no orphan left holding the port).
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { portIsFree } from '../../neo4j/local-neo4j.ts';

const httpPort = Number(process.env.START_TEST_HTTP_PORT ?? 18_080);
const boltPort = Number(process.env.START_TEST_BOLT_PORT ?? 7690);
const sandboxPort = Number(process.env.START_TEST_SANDBOX_BOLT_PORT ?? 7698);
const standbyPort = Number(process.env.START_TEST_STANDBY_BOLT_PORT ?? 7693);

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('npm start', () => {
  it('serves the seeded graph on the local Neo4j and shuts down cleanly on SIGINT', async () => {
    const dataDir = resolve('.data/neo4j-start-test');
    rmSync(dataDir, { recursive: true, force: true });
    const env = {
      ...process.env,
      PORT: String(httpPort),
      NEO4J_BOLT_PORT: String(boltPort),
      NEO4J_DATA_DIR: dataDir,
      NEO4J_URI: '',
      LOG_LEVEL: 'info',
      CONSOLE_SANDBOX_BOLT_PORT: String(sandboxPort),
      CONSOLE_SANDBOX_DIR: resolve('.data/console-sandbox-start-test'),
      CONSOLE_SANDBOX_STANDBY_BOLT_PORT: String(standbyPort),
    };
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    child.stdout.on('data', (d) => (log += d));
    child.stderr.on('data', (d) => (log += d));

    let seeded = false;
    const end = Date.now() + 120_000;
    while (!seeded && Date.now() < end && child.exitCode === null) {
      await new Promise((r) => setTimeout(r, 500));
      const res = await fetch(`http://127.0.0.1:${httpPort}/api/cities/ru-kaluga`).catch(() => undefined);
      seeded = res?.status === 200;
    }
    expect(seeded, log).toBe(true);
    const jvmPid = Number(/local Neo4j pid (\d+)/.exec(log)?.[1]);
    expect(jvmPid).toBeGreaterThan(0);

    child.kill('SIGINT');
    const code = await new Promise<number | null>((r) => child.once('exit', (c) => r(c)));
    expect(code).toBe(0);
    expect(alive(jvmPid)).toBe(false);
    expect(await portIsFree(boltPort)).toBe(true);
    expect(await portIsFree(httpPort)).toBe(true);
    expect(log).toContain('starting the Cypher console sandbox');
    const sandboxPid = Number(/console sandbox pid (\d+)/.exec(log)?.[1]);
    if (sandboxPid) {
      // The sandbox's JVM stops with the server (or, if still starting, as soon as its parent's pipe closes).
      const gone = Date.now() + 60_000;
      while (alive(sandboxPid) && Date.now() < gone) await new Promise((r) => setTimeout(r, 250));
      expect(alive(sandboxPid)).toBe(false);
    }
    expect(await portIsFree(sandboxPort)).toBe(true);
  }, 300_000);
});
