// `npm run bench:graph-payload`: what the computed metrics (community, pagerank, pagerankWeighted, betweenness,
// closeness) add to the world's
// /api/graph — its JSON and gzip bytes before and after they are stored — and that a graph the cache already held
// carries them once stored. Uses NEO4J_URI when set, else a fresh Neo4j on BENCH_BOLT_PORT with the world imported.
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { createApp } from '../../server/app.ts';
import { ImportRepository } from '../../server/import/import.repository.ts';
import { ImportService } from '../../server/import/import.service.ts';
import { worldFile } from '../../server/import/load-world.ts';
import { createServices } from '../../server/services.ts';
import { GraphSchema } from '../../core/schemas/graph.schema.ts';
import { benchDatabase } from './bench-database.ts';

const { db, stop } = await benchDatabase();
try {
  const services = createServices(db);
  const world = await services.graph.get({ limit: 50000, undated: 'include', depth: 1 });
  if (world.nodes.length < 10_000) {
    console.error('importing the world network first…');
    await new ImportService(new ImportRepository(db)).run(readFileSync(worldFile));
  }
  await db.writeContent('set-city-metrics', { rows: [], graphAt: 'none', by: '' });
  const server = createApp({ db, services }).listen(0, '127.0.0.1');
  await new Promise<void>((res) => server.once('listening', () => res()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/graph`;
  const measure = async (label: string) => {
    const t = performance.now();
    const text = await (await fetch(url)).text();
    const ms = performance.now() - t;
    const graph = GraphSchema.parse(JSON.parse(text));
    const withMetrics = graph.nodes.filter((n) => n.community != null).length;
    const mb = (b: number) => (b / 1e6).toFixed(2);
    console.log(
      `${label}: ${graph.nodes.length} nodes (${withMetrics} with metrics), ${mb(text.length)} MB JSON, ` +
        `${mb(gzipSync(text).length)} MB gzipped, ${Math.round(ms)} ms`,
    );
    return { bytes: text.length, graph };
  };
  const { bytes: before } = await measure('before the metrics');
  await measure('again, from the cache');
  // The first store in a database also creates the metrics' property names, a commit of its own (a change the
  // server's 15-second check recomputes after): the second call is that recomputation.
  await services.analytics.refreshMetrics();
  const state = await services.analytics.refreshMetrics();
  console.log(`metrics stored (${Math.round(state?.ms ?? 0)} ms in the worker)`);
  const { bytes: after, graph } = await measure('after the metrics, same graph marker');
  await measure('again, from the cache');
  console.log(`the metrics add ${((after / before - 1) * 100).toFixed(1)} % to the JSON`);
  // What the two metrics added for "size by any metric" (weighted PageRank, closeness) cost of that.
  const without = JSON.stringify({
    ...graph,
    nodes: graph.nodes.map(({ pagerankWeighted: _w, closeness: _c, ...n }) => n),
  });
  const mbOf = (t: string) =>
    `${(t.length / 1e6).toFixed(2)} MB JSON, ${(gzipSync(t).length / 1e6).toFixed(2)} MB gzipped`;
  console.log(
    `the same without pagerankWeighted and closeness: ${mbOf(without)}; with them: ${mbOf(JSON.stringify(graph))}`,
  );
  server.closeAllConnections();
  await new Promise((res) => server.close(res));
  await services.analytics.close();
} finally {
  await stop();
}
