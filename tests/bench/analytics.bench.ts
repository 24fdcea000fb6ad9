// `npm run bench:analytics`: the figures issue 18 names, on the world network — every city's metrics and
// communities (in the worker thread, as the server computes them), GET /api/analytics from the cache (p50) and
// computed afresh on a filter of ~250 places (RU,BY), the cross-check: networkx on the world's GraphML export, and
// the country view's first render in Chromium (countries-render.ts).
// Uses NEO4J_URI when set (a database already holding the world), else a fresh one on BENCH_BOLT_PORT with the
// world imported first.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../server/app.ts';
import { ImportRepository } from '../../server/import/import.repository.ts';
import { ImportService } from '../../server/import/import.service.ts';
import { worldFile } from '../../server/import/load-world.ts';
import { createServices } from '../../server/services.ts';
import { AnalyticsSchema } from '../../core/schemas/analytics.schema.ts';
import { benchDatabase, percentile } from './bench-database.ts';
import { measureCountriesRender, reportCountriesRender } from './countries-render.ts';

const runs = Number(process.env.BENCH_RUNS ?? 30);
const { db, stop } = await benchDatabase();
try {
  const services = createServices(db, { responseCacheBytes: 0 });
  const world = await services.graph.get({ limit: 50000, undated: 'include', depth: 1 });
  if (world.nodes.length < 10_000) {
    console.error('importing the world network first…');
    await new ImportService(new ImportRepository(db)).run(readFileSync(worldFile));
  }

  // 1. Every city's metrics and communities on the world, in the worker thread; stored as content.
  const started = performance.now();
  let state = await services.analytics.refreshMetrics();
  if (!state) {
    // Stored for this very graph by another process already: compute them again here, to time it.
    await db.writeContent('set-city-metrics', { rows: [], graphAt: 'none', by: '' });
    state = await services.analytics.refreshMetrics();
  }
  const total = performance.now() - started;
  console.log(
    `metrics and communities of the world: ${Math.round(state!.ms)} ms computing in the worker ` +
      `(${Math.round(total)} ms with the selection, the thread's start and the store); ${JSON.stringify(state!.run)}`,
  );
  await services.analytics.close();

  // 2. GET /api/analytics: the world from the cache, and RU,BY computed afresh (cache off) each time.
  const timed = async (url: string) => {
    const t = performance.now();
    const res = await fetch(url);
    const body = await res.text();
    if (res.status !== 200) throw new Error(`${url}: ${res.status} ${body.slice(0, 200)}`);
    return { ms: performance.now() - t, body };
  };
  const serve = async (responseCacheMb: number) => {
    const server = createApp({ db, responseCacheMb }).listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/analytics` };
  };
  const cached = await serve(64);
  const first = await timed(cached.url);
  const hits: number[] = [];
  for (let i = 0; i < runs; i++) hits.push((await timed(cached.url)).ms);
  cached.server.close();
  const fresh = await serve(0);
  const filtered: number[] = [];
  let places = 0;
  for (let i = 0; i < Math.min(runs, 15); i++) {
    const r = await timed(`${fresh.url}?country=RU,BY`);
    filtered.push(r.ms);
    places = AnalyticsSchema.parse(JSON.parse(r.body)).figures.places;
  }
  fresh.server.close();
  hits.sort((a, b) => a - b);
  filtered.sort((a, b) => a - b);
  const figures = AnalyticsSchema.parse(JSON.parse(first.body)).figures;
  console.log(
    `GET /api/analytics (world): first ${Math.round(first.ms)} ms; from the cache p50 ${percentile(hits, 50).toFixed(1)} ms, p90 ${percentile(hits, 90).toFixed(1)} ms`,
  );
  console.log(
    `GET /api/analytics?country=RU,BY (${places} places, computed each time): p50 ${percentile(filtered, 50).toFixed(0)} ms, p90 ${percentile(filtered, 90).toFixed(0)} ms`,
  );

  // 3. The cross-check on the world: networkx on the GraphML export (no distances: exact ones take minutes there).
  const app = await serve(64);
  const dir = mkdtempSync(join(tmpdir(), 'pobratim-bench-'));
  const file = join(dir, 'world.graphml');
  writeFileSync(
    file,
    await (await fetch(app.url.replace('/api/analytics', '/api/export?format=graphml&limit=50000'))).text(),
  );
  app.server.close();
  const t = performance.now();
  const nx = JSON.parse(
    execFileSync('python3', ['tests/helpers/analytics-networkx.py', file], { encoding: 'utf8', maxBuffer: 1 << 26 }),
  );
  const nxMs = performance.now() - t;
  const rows: Array<[string, number | null, number]> = [
    ['places', figures.places, nx.places],
    ['ties', figures.ties, nx.ties],
    ['components', figures.components, nx.components],
    ['largest component', figures.largestComponent.places, nx.largestComponent.places],
    ['assortativity', figures.assortativity, nx.assortativity],
    ['transitivity', figures.transitivity, nx.transitivity],
    ['average clustering', figures.averageClustering, nx.averageClustering],
    ['triangles', figures.triangles, nx.triangles],
    ['density', figures.density, nx.density],
  ];
  console.log(`cross-check with networkx (${Math.round(nxMs)} ms in Python):`);
  for (const [name, ours, theirs] of rows)
    console.log(
      `  ${name}: ours ${ours}, networkx ${theirs} — ${Math.abs((ours ?? NaN) - theirs) < 5e-4 ? 'agree' : 'DIFFER'}`,
    );
  console.log(
    `  diameter ${figures.diameter.value} (≤ ${figures.diameter.upperBound}), mean distance ${figures.meanDistance.value?.toFixed(3)}, ` +
      `from ${figures.meanDistance.sources} sampled places; power law α = ${figures.degree.powerLaw?.alpha.toFixed(3)} for k ≥ ${figures.degree.powerLaw?.kMin}`,
  );

  // 4. The country view's first render in Chromium (goal ≤ 500 ms).
  reportCountriesRender(await measureCountriesRender(db, Math.min(runs, 7)));
} finally {
  await stop();
}
