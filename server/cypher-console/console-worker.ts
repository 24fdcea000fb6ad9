// The console's worker thread: owns its own exact-integer driver to the console's database and runs one job at a
// time for the main thread (console-workers.ts) — explain, run or schema. Every Bolt byte is decoded here and
// every answer leaves as JSON text or plain data; errors leave as plain data (worker-messages.ts). The main
// thread terminates this thread at a request's deadline, which also destroys its sockets.
import neo4j from 'neo4j-driver';
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { ConsoleRepository } from './console.repository.ts';
import { errorToMessage, type WorkerConnection, type WorkerJob, type WorkerReply } from './worker-messages.ts';

const { uri, alternates, user, password, database, nice } = workerData as WorkerConnection;

// This thread decodes and serialises big answers: niced (CYPHER_WORKER_NICE, default 10), it yields the CPU to the
// main thread, which serves every other request. Its bootstrap (console-workers.ts) already niced it before these
// modules loaded; this is for a thread started without it. On Linux, setpriority(0) changes the calling thread only.
try {
  if (nice) setPriority(nice);
} catch {
  // not permitted or not supported here: the worker runs at normal priority
}
// One driver per database the jobs may name (the active sandbox and its warm standby), made on first use.
const uris = [uri, ...(alternates ?? [])];
const repos: ConsoleRepository[] = [];
function repoFor(target = 0): ConsoleRepository {
  const at = uris[target] ? target : 0;
  return (repos[at] ??= new ConsoleRepository(
    neo4j.driver(uris[at]!, password ? neo4j.auth.basic(user ?? 'neo4j', password) : undefined, {
      useBigInt: true,
      maxConnectionPoolSize: 4,
      connectionAcquisitionTimeout: 10_000,
      connectionTimeout: 5_000,
      logging: { level: 'error', logger: () => {} },
    }),
    database,
  ));
}

parentPort!.on('message', async (job: WorkerJob) => {
  let reply: WorkerReply;
  try {
    const repo = repoFor(job.target);
    const value =
      job.op === 'explain'
        ? await repo.explain(job.query, job.timeoutMs)
        : job.op === 'run'
          ? await repo.run(job.request)
          : await repo.schema();
    reply = { id: job.id, ok: true, value };
  } catch (err) {
    reply = { id: job.id, ok: false, error: errorToMessage(err) };
  }
  parentPort!.postMessage(reply);
});
