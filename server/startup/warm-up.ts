// Before the first users: once the graph and its city metrics are in, the server asks itself (over loopback) for
// the answers its users ask most — the default world graph and the explorer's world in columns (each stringified
// and gzipped once per graph version), then, for a sample of cities spread over the world graph, each city's
// details, a search by the start of its name, its focus of depth 1 or 2 and a path to another sampled city; for a
// few of them the embed page, a PNG snapshot and an export in each format; last the explorer page.
//
// Why so many (WARM_UP_CITIES, 200 by default, in three lanes): one answer of each kind (until 2026-12-04) made the
// caches and the query plans but left the compiling to the first users. Measured per thread in the soak's first
// seconds, the database JVM's Bolt workers ran at ~100 % of a core (interpreted query code) with its C2 compiler at
// 20–40 % for a minute, leaving Node's main thread 20–50 % of a core on this 2-core machine: health p99 255–325 ms
// in the first minute, 32–73 ms after (docs/operations.md). The JVM compiles a method after thousands of calls;
// V8's optimising tiers likewise. `/api/ready` says `warm: false` until this is done (or given up).
import type { Logger } from 'pino';
import { untilAborted } from '../http/until-aborted.ts';

export interface WarmUpReport {
  ms: number;
  requests: number;
  /** Distinct cities the per-city answers were asked for. */
  cities: number;
  failed: string[];
}

export interface WarmUpOptions {
  /** Bound of each request: a slow or failing one is skipped, never retried. */
  perRequestMs?: number;
  /** How many cities of the world graph the per-city answers are asked for. */
  cities?: number;
  /** Requests in flight at once. */
  lanes?: number;
}

const exportFormats = ['graphml', 'gexf', 'csv', 'json'];

/** Warming must never hold a start: every request is bounded, failures are counted and skipped. */
export async function warmUp(base: string, logger?: Logger, options: WarmUpOptions = {}): Promise<WarmUpReport> {
  const { perRequestMs = 20_000, cities = 200, lanes = 3 } = options;
  const started = Date.now();
  const failed: string[] = [];
  let requests = 0;
  const ask = async (path: string): Promise<unknown> => {
    requests++;
    try {
      const signal = AbortSignal.timeout(perRequestMs);
      const res = await fetch(base + path, { signal, headers: { 'accept-encoding': 'gzip' } });
      const isJson = res.headers.get('content-type')?.includes('json');
      const body: unknown = await untilAborted<unknown>(signal, isJson ? res.text() : res.arrayBuffer());
      if (!res.ok) failed.push(`${path} → ${res.status}`);
      return typeof body === 'string' && res.ok ? JSON.parse(body) : undefined;
    } catch (err) {
      failed.push(`${path} → ${(err as Error).message}`);
      return undefined;
    }
  };
  const world = (await ask('/api/graph')) as { nodes?: { id: string; nameEn?: string | null }[] } | undefined;
  await ask('/api/graph.columns.json.gz?limit=50000'); // the explorer's first request (web/src/shell/world-request.ts)
  // Spread over the world graph (its order is stable), so that the sample is not one country's cities.
  const nodes = world?.nodes ?? [];
  const step = Math.max(1, Math.floor(nodes.length / Math.max(1, cities)));
  const sample = nodes.filter((_, i) => i % step === 0).slice(0, cities);
  const perCity = async (i: number) => {
    const { id, nameEn } = sample[i]!;
    await ask(`/api/cities/${encodeURIComponent(id)}`);
    if (nameEn) await ask(`/api/cities?q=${encodeURIComponent(nameEn.slice(0, 3 + (i % 4)))}`);
    await ask(`/api/graph?focus=${encodeURIComponent(id)}&depth=${1 + (i % 2)}`);
    const other = sample[(i * 7 + 3) % sample.length]!;
    if (other.id !== id) await ask(`/api/path?from=${encodeURIComponent(id)}&to=${encodeURIComponent(other.id)}`);
    if (i % 10 === 0) await ask(`/embed?focus=${encodeURIComponent(id)}`);
  };
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.max(1, lanes) }, async () => {
      while (next < sample.length) await perCity(next++);
    }),
  );
  // One at a time: snapshots and exports are bounded per client (the warm-up is one, on loopback).
  for (const [i, format] of exportFormats.entries()) {
    const id = sample[i % Math.max(1, sample.length)]?.id;
    if (!id) break;
    if (i < 3) await ask(`/api/snapshot.png?focus=${encodeURIComponent(id)}`);
    await ask(`/api/export?format=${format}&focus=${encodeURIComponent(id)}&depth=2`);
  }
  await ask('/');
  await ask('/api/health');
  const report = { ms: Date.now() - started, requests, cities: sample.length, failed };
  logger?.info(report, 'warm-up done: the hot answers were made, and their code compiled, before users ask');
  return report;
}
