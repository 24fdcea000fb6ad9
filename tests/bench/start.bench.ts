// `npm run bench:start`: cold `npm start` (fresh data folder) until GET /api/cities/ru-kaluga answers, the seed
// time, and the resident memory of the server and of the Neo4j JVM. With --fresh-maven the Maven artifacts are
// resolved into empty temporary folders first (a first run on a new machine).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const freshMaven = process.argv.includes('--fresh-maven');
const httpPort = Number(process.env.BENCH_HTTP_PORT ?? 18_095);
const dataDir = resolve('.data/neo4j-start-bench');
rmSync(dataDir, { recursive: true, force: true });
const env: NodeJS.ProcessEnv = {
  ...process.env,
  PORT: String(httpPort),
  NEO4J_BOLT_PORT: process.env.BENCH_BOLT_PORT ?? '7696',
  NEO4J_DATA_DIR: dataDir,
  NEO4J_URI: '',
  LOG_LEVEL: 'info',
};
let tmp: string | undefined;
if (freshMaven) {
  tmp = mkdtempSync(join(tmpdir(), 'pobratim-m2-'));
  env.NEO4J_LIB_DIR = join(tmp, 'lib');
  env.MAVEN_OPTS = `${process.env.MAVEN_OPTS ?? ''} -Dmaven.repo.local=${join(tmp, 'repository')}`;
}

const rssMb = (pid: number) =>
  Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

const started = performance.now();
const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
  env,
  stdio: ['ignore', 'pipe', 'pipe'],
});
let log = '';
child.stdout.on('data', (d) => (log += d));
child.stderr.on('data', (d) => (log += d));
let ready = 0;
while (!ready && child.exitCode === null && performance.now() - started < 600_000) {
  await new Promise((r) => setTimeout(r, 100));
  const res = await fetch(`http://127.0.0.1:${httpPort}/api/cities/ru-kaluga`).catch(() => undefined);
  if (res?.status === 200) ready = performance.now() - started;
}
const jvm = Number(/local Neo4j pid (\d+)/.exec(log)?.[1]);
const neo4jReady = /"time":(\d+).*local Neo4j pid/.exec(log);
const seedMs = /"ms":(\d+).*Curated seed loaded/.exec(log)?.[1];
for (let i = 0; i < 200; i++) await fetch(`http://127.0.0.1:${httpPort}/api/cities/ru-kaluga`);
console.log(
  `cold npm start${freshMaven ? ' (first run: Maven artifacts resolved into empty folders)' : ' (Maven artifacts cached)'}`,
);
console.log(`  until GET /api/cities/ru-kaluga answers: ${(ready / 1000).toFixed(1)} s${neo4jReady ? '' : ''}`);
console.log(`  seed load: ${seedMs ?? '?'} ms`);
console.log(
  `  memory after 200 requests: server ${rssMb(child.pid!).toFixed(0)} MB RSS, Neo4j JVM ${jvm ? rssMb(jvm).toFixed(0) : '?'} MB RSS`,
);
child.kill('SIGINT');
await new Promise((r) => child.once('exit', r));
if (tmp) rmSync(tmp, { recursive: true, force: true });
rmSync(dataDir, { recursive: true, force: true });
if (!ready) {
  console.error(log);
  process.exit(1);
}
