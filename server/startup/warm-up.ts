// Before the first users: once the graph and its city metrics are in, the server asks itself (over loopback, one
// request at a time) for one answer of each kind its users ask most — the default world graph and the explorer's
// world in columns (each stringified and gzipped once per graph version), a search, a city, a focus of depth 1 and 2, a path, an embed page,
// the explorer page and a PNG snapshot. The first minute after a start otherwise paid for all of that at once on
// the main thread, beside the cold JIT of Node and Neo4j and Neo4j's query plans: the soak's health p99 of 3.5 s in
// its first minute (docs/operations.md). `/api/ready` says `warm: false` until this is done (or given up).
import type { Logger } from 'pino';
import { untilAborted } from '../http/until-aborted.ts';

export interface WarmUpReport {
  ms: number;
  requests: number;
  failed: string[];
}

const prefixes = ['Kal', 'Mos', 'Ber'];

/** Each request is bounded (a slow or failing one is skipped, never retried): warming must never hold a start. */
export async function warmUp(base: string, logger?: Logger, perRequestMs = 20_000): Promise<WarmUpReport> {
  const started = Date.now();
  const failed: string[] = [];
  let requests = 0;
  const ask = async (path: string): Promise<unknown> => {
    requests++;
    try {
      const signal = AbortSignal.timeout(perRequestMs);
      const res = await fetch(base + path, { signal, headers: { 'accept-encoding': 'gzip' } });
      const isJson = res.headers.get('content-type')?.includes('json') && !res.headers.get('content-encoding');
      const body = await untilAborted(signal, isJson ? res.json() : res.arrayBuffer());
      if (!res.ok) failed.push(`${path} → ${res.status}`);
      return body;
    } catch (err) {
      failed.push(`${path} → ${(err as Error).message}`);
      return undefined;
    }
  };
  await ask('/api/graph');
  await ask('/api/graph.columns.json.gz?limit=50000'); // the explorer's first request (web/src/shell/world-request.ts)
  const ids: string[] = [];
  for (const q of prefixes) {
    const found = (await ask(`/api/cities?q=${q}`)) as { cities?: { id: string }[] } | undefined;
    if (found?.cities?.[0]) ids.push(found.cities[0].id);
  }
  const [a, b] = ids;
  if (a) {
    await ask(`/api/cities/${a}`);
    await ask(`/api/graph?focus=${a}&depth=1`);
    await ask(`/api/graph?focus=${a}&depth=2`);
    await ask(`/embed?focus=${a}`);
    await ask(`/api/snapshot.png?focus=${a}`);
    if (b) await ask(`/api/path?from=${a}&to=${b}`);
  }
  await ask('/');
  await ask('/api/health');
  const report = { ms: Date.now() - started, requests, failed };
  logger?.info(report, 'warm-up done: the hot answers were made once before users ask');
  return report;
}
