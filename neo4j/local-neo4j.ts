// The local Neo4j: resolves the Maven artifacts when missing, starts neo4j/Launcher.java as a child JVM,
// waits for Bolt, and stops it with the parent. Used by `npm run db`, `npm start` and the test setup.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// NEO4J_LIB_DIR moves the artifacts (the start benchmark uses it to measure a first run).
const libDir = resolve(process.env.NEO4J_LIB_DIR ?? join(root, 'neo4j', 'lib'));

export interface LocalNeo4jOptions {
  port: number;
  home: string;
  heap?: string;
  password?: string;
  /** Forward the JVM's output (foreground `npm run db`). */
  inheritOutput?: boolean;
  /** Kill the JVM if it has not answered by then (default 5 minutes). */
  startTimeoutMs?: number;
  /** Settings file (default neo4j/neo4j.conf); the console sandbox passes neo4j/console-sandbox.conf. */
  conf?: string;
  /** Extra JVM options, after the heap ones (e.g. -XX:+ExitOnOutOfMemoryError). */
  jvmArgs?: string[];
  /** Start the JVM under `nice -n <nice>` (Linux/macOS), so it gets the CPU only when nobody else wants it. */
  nice?: number;
  /** Skip the `java -version` check (a supervisor restarting a JVM it already ran: spawnSync would block its event loop). */
  assumeJava?: boolean;
}

export interface LocalNeo4j {
  uri: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/** A startup problem the user can fix; its message is one line saying what to do. */
export class LocalNeo4jError extends Error {}

export function artifactsPresent(): boolean {
  return existsSync(libDir) && readdirSync(libDir).some((f) => f.startsWith('neo4j-kernel-'));
}

/** Resolves Neo4j Community from Maven Central into neo4j/lib (once; later runs reuse it). */
export function ensureArtifacts(log: (line: string) => void = console.error): void {
  if (artifactsPresent()) return;
  requireTool(
    'mvn',
    ['-v'],
    'Maven is missing: install it (apt-get install -y maven) or set NEO4J_URI to your own Neo4j.',
  );
  log('Resolving Neo4j Community 5.26 from Maven Central into neo4j/lib (first run only)…');
  const mvn = spawnSync(
    'mvn',
    ['-B', '-q', '-f', join(root, 'neo4j', 'pom.xml'), `-Dneo4j.lib=${libDir}`, 'dependency:copy-dependencies'],
    {
      stdio: 'inherit',
    },
  );
  if (mvn.status !== 0 || !artifactsPresent()) {
    throw new LocalNeo4jError(
      'Maven could not resolve org.neo4j:neo4j: check your network to Maven Central, or set NEO4J_URI.',
    );
  }
}

function requireTool(cmd: string, args: string[], message: string): void {
  const r = spawnSync(cmd, args, { stdio: 'ignore' });
  if (r.error || r.status !== 0) throw new LocalNeo4jError(message);
}

export function portIsFree(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((res) => {
    const srv = createServer();
    srv.once('error', () => res(false));
    srv.listen(port, host, () => srv.close(() => res(true)));
  });
}

function boltAnswers(port: number): Promise<boolean> {
  return new Promise((res) => {
    const socket = createConnection({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      res(true);
    });
    socket.once('error', () => res(false));
  });
}

function parseHeapMb(heap: string): number {
  const n = Number.parseInt(heap, 10);
  return /g$/i.test(heap) ? n * 1024 : /k$/i.test(heap) ? n / 1024 : n;
}

export async function startLocalNeo4j(opts: LocalNeo4jOptions): Promise<LocalNeo4j> {
  if (!opts.assumeJava)
    requireTool(
      'java',
      ['-version'],
      'Java is missing: install Java 17+ (apt-get install -y openjdk-17-jre-headless) or set NEO4J_URI.',
    );
  ensureArtifacts();
  if (!(await portIsFree(opts.port))) {
    throw new LocalNeo4jError(
      `Port ${opts.port} is busy: stop what uses it, set NEO4J_BOLT_PORT to a free port, or set NEO4J_URI to use that server.`,
    );
  }
  mkdirSync(opts.home, { recursive: true });
  const javaArgs = [
    `-Xmx${opts.heap ?? '1g'}`,
    `-Xms${opts.heap && parseHeapMb(opts.heap) < 256 ? opts.heap : '256m'}`,
    '-XX:+UseG1GC',
    ...(opts.jvmArgs ?? []),
    '-cp',
    `${libDir}/*`,
    join(root, 'neo4j', 'Launcher.java'),
  ];
  // `nice` execs java in place, so the child's pid is the JVM's own (a SIGKILL reaches the JVM).
  const [command, args] =
    opts.nice === undefined ? ['java', javaArgs] : ['nice', ['-n', String(opts.nice), 'java', ...javaArgs]];
  const child = spawn(command, args, {
    cwd: root,
    env: {
      ...process.env,
      POBRATIM_NEO4J_HOME: opts.home,
      POBRATIM_NEO4J_CONF: opts.conf ?? join(root, 'neo4j', 'neo4j.conf'),
      POBRATIM_NEO4J_PORT: String(opts.port),
      POBRATIM_NEO4J_PASSWORD: opts.password ?? '',
    },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  const ready = new Promise<void>((res, rej) => {
    const onData = (chunk: Buffer) => {
      const text = chunk.toString();
      output = (output + text).slice(-8000);
      if (opts.inheritOutput) process.stderr.write(text);
      if (/^READY /m.test(output)) res();
      const failed = /^FAILED (.*)$/m.exec(output);
      if (failed)
        rej(new LocalNeo4jError(`Neo4j failed to start: ${failed[1]} (see ${join(opts.home, 'logs', 'debug.log')})`));
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) =>
      rej(
        new LocalNeo4jError(
          `Neo4j exited during start (code ${code}); see ${join(opts.home, 'logs', 'debug.log')}. Last output: ${output.trim().split('\n').slice(-3).join(' | ')}`,
        ),
      ),
    );
  });
  const startTimeout = opts.startTimeoutMs ?? 300_000;
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
  }, startTimeout);
  try {
    await ready;
  } catch (err) {
    child.kill('SIGKILL');
    throw timedOut
      ? new LocalNeo4jError(
          `Neo4j did not start within ${startTimeout / 1000} s; see ${join(opts.home, 'logs', 'debug.log')}`,
        )
      : err;
  } finally {
    clearTimeout(timer);
  }
  // Bolt is bound once READY is printed; one probe guards against a port taken in between.
  if (!(await boltAnswers(opts.port))) {
    child.kill('SIGKILL');
    throw new LocalNeo4jError(`Neo4j started but Bolt does not answer on ${opts.port}.`);
  }
  const exited = new Promise<void>((res) => child.once('exit', () => res()));
  return {
    uri: `bolt://127.0.0.1:${opts.port}`,
    process: child,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
