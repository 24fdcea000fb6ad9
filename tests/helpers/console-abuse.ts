// The hostile console queries of issue 15 and a latency sampler, shared by tests/api/cypher-abuse.test.ts and
// `npm run bench:console-abuse`: while the hostile queries run, health and a city page are requested one after
// another, and their latencies are what the service promises to keep short.
import { ConsoleSandbox, type SandboxOptions } from '../../server/cypher-console/console-sandbox.ts';
import { SandboxPair } from '../../server/cypher-console/console-sandbox-pair.ts';
import type { Database } from '../../server/db/database.ts';

/** [name, query]: each stalled, hung or starved the service before the sandbox (issue 15, section 2). */
export const hostileQueries: [string, string][] = [
  ['nested reduce', 'RETURN reduce(m = {}, i IN range(1, 20000) | {a: m}) AS x'],
  ['catastrophic regex', "RETURN 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaa!' =~ '((a+)+)+$' AS r"],
  ['reduce over 300M', 'RETURN reduce(s = 0, x IN range(1, 300000000) | s + x % 7) AS s'],
  ['heap filler', 'RETURN size([x IN range(1, 15000000) | toString(x)]) AS n'],
  ['15 MB answer', 'RETURN range(1, 2000000) AS x'],
];

/** `client`: the address sent as X-Forwarded-For, for an app that trusts the loopback proxy (one client per address). */
export async function postQuery(url: string, query: string, params: Record<string, unknown> = {}, client?: string) {
  const started = performance.now();
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    ...(client ? { 'x-forwarded-for': client } : {}),
  };
  const res = await fetch(`${url}/api/cypher`, { method: 'POST', headers, body: JSON.stringify({ query, params }) });
  const body = (await res.json()) as any;
  return { status: res.status, body, ms: performance.now() - started, retryAfter: res.headers.get('retry-after') };
}

export interface Samples {
  ms: number[];
  failures: string[];
  slow: string[];
}

/** Requests each path in turn, one at a time, until `until` settles; every latency and every non-200 is recorded. */
export async function sampleWhile(
  url: string,
  paths: string[],
  until: Promise<unknown>,
  gapMs = 20,
): Promise<Record<string, Samples>> {
  let done = false;
  void until.finally(() => (done = true));
  const out = Object.fromEntries(paths.map((p) => [p, { ms: [], failures: [], slow: [] } as Samples]));
  while (!done) {
    for (const p of paths) {
      const t = performance.now();
      try {
        const res = await fetch(url + p);
        await res.arrayBuffer();
        const ms = performance.now() - t;
        out[p]!.ms.push(ms);
        if (ms > 200) out[p]!.slow.push(`${new Date().toISOString().slice(11, 23)} ${ms.toFixed(0)} ms`);
        if (res.status !== 200) out[p]!.failures.push(`${p} → ${res.status}`);
      } catch (err) {
        out[p]!.failures.push(`${p} → ${(err as Error).message}`);
      }
    }
    await new Promise((res) => setTimeout(res, gapMs));
  }
  return out;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** A console sandbox for a test file or benchmark, on its own port and folder, ready (graph copied) when resolved. */
export async function startSandbox(main: Database, port: number, home: string): Promise<ConsoleSandbox> {
  const sandbox = ConsoleSandbox.launch(main, testSandboxOptions(port, home));
  try {
    await sandbox.whenReady();
  } catch (err) {
    await sandbox.close();
    throw err;
  }
  return sandbox;
}

function testSandboxOptions(port: number, home: string): SandboxOptions {
  // CONSOLE_SANDBOX_TEST_NICE: a lower niceness where the shared machine's load (25–35) starves a nice-19 JVM's start past 180 s.
  const nice = process.env.CONSOLE_SANDBOX_TEST_NICE ? Number(process.env.CONSOLE_SANDBOX_TEST_NICE) : undefined;
  return {
    port,
    home,
    nice,
    backoffMs: [500, 1_000, 2_000],
    log: (m) => process.env.SANDBOX_LOG && console.error(`${new Date().toISOString().slice(11, 23)} ${m}`),
  };
}

/** A sandbox with its warm standby (ports `port` and `port + 1`), both holding the copy when resolved. */
export async function startSandboxPair(main: Database, port: number, home: string): Promise<SandboxPair> {
  const pair = SandboxPair.launch(
    main,
    testSandboxOptions(port, `${home}-a`),
    testSandboxOptions(port + 1, `${home}-b`),
  );
  try {
    await pair.whenReady(400_000, { standby: true });
  } catch (err) {
    await pair.close();
    throw err;
  }
  return pair;
}
