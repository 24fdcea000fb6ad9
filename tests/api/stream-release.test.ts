// Resources are released on every path: clients that go away in the middle of each streaming or long response
// (exports in every format, with and without gzip, the world graph, snapshots, embeds) leave no transaction open
// in Neo4j, and afterwards the pool is whole — a full export and the world graph still answer 200, complete.
// Runs on the world network (imported once), so the bodies are megabytes and outlast the socket buffers.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ImportRepository } from '../../server/import/import.repository.ts';
import { ImportService } from '../../server/import/import.service.ts';
import { worldFile } from '../../server/import/load-world.ts';
import { GraphSchema } from '../../core/schemas/graph.schema.ts';
import { abortMidStream, stalledDownload } from '../helpers/abort-midstream.ts';
import { restoreCuratedGraph } from '../helpers/graph-checksum.ts';
import { expectNoOpenTransactions, openTransactions } from '../helpers/open-transactions.ts';
import { startTestApp, testDatabase, type TestApp } from '../helpers/test-app.ts';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp(undefined, { exportLimits: { total: 100, perClient: 100 } });
  await new ImportService(new ImportRepository(app.db)).run(readFileSync(worldFile));
}, 240_000);
afterAll(async () => {
  await restoreCuratedGraph(app.db);
  await app.close();
}, 240_000);

/** Aborts `times` downloads of `path` (bounded loop), then proves no transaction stayed open. */
async function abortRepeatedly(path: string, times: number, options: Parameters<typeof abortMidStream>[1] = {}) {
  for (let i = 0; i < times; i++) {
    const { status } = await abortMidStream(app.url + path, options);
    expect(status).toBe(200);
  }
  await expectNoOpenTransactions(app.db);
}

describe('a client that goes away mid-stream', () => {
  for (const format of ['graphml', 'gexf', 'csv', 'json']) {
    it(`releases the export's transaction (${format})`, async () => {
      await abortRepeatedly(`/api/export?format=${format}&limit=${30000 + format.length}`, 6, { stall: true });
      await abortRepeatedly(`/api/export?format=${format}`, 3, { headers: { 'accept-encoding': 'gzip' }, stall: true });
      await abortRepeatedly(`/api/export?format=${format}`, 3);
    }, 120_000);
  }

  it('releases /api/graph, snapshots and embeds', async () => {
    await abortRepeatedly('/api/graph?limit=30001', 3, { stall: true });
    await abortRepeatedly('/api/graph', 3, { headers: { 'accept-encoding': 'gzip' }, stall: true });
    await abortRepeatedly('/api/snapshot.svg?limit=2000', 2, { stall: true });
    await abortRepeatedly('/api/snapshot.png?limit=2000', 2, { stall: true });
    await abortRepeatedly('/embed?limit=2000', 2, { stall: true });
    await abortRepeatedly('/api/cities/ru-kaluga', 2);
    await abortRepeatedly(`/api/oembed?url=${encodeURIComponent(`${app.url}/embed?limit=2000`)}`, 2);
  }, 120_000);

  it("releases the export CLI's transaction when its output pipe closes (`| head`)", async () => {
    const { uri } = inject('neo4j');
    const cli = spawn(process.execPath, ['--import', 'tsx', 'server/cli/export.ts', '--format', 'graphml'], {
      env: { ...process.env, NEO4J_URI: uri },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    cli.stderr.on('data', (d) => (stderr += d));
    await new Promise((res) => cli.stdout.once('data', res));
    cli.stdout.destroy(); // the reader goes away, as `head` does
    const code = await new Promise<number | null>((res) => cli.once('exit', (c) => res(c)));
    expect(code).toBe(1);
    expect(stderr).not.toMatch(/EPIPE|at /);
    await expectNoOpenTransactions(app.db);
  }, 120_000);

  it('leaves the pool whole: a full export and the world graph answer 200, complete', async () => {
    const res = await fetch(`${app.url}/api/export?format=json&limit=50000`);
    expect(res.status).toBe(200);
    const exported = GraphSchema.parse(await res.json());
    expect(exported.links.length).toBeGreaterThan(20_000);
    const graph = await app.get('/api/graph?limit=50000');
    expect(graph.status).toBe(200);
    expect(GraphSchema.parse(graph.body).links.length).toBe(exported.links.length);
    await expectNoOpenTransactions(app.db);
  }, 120_000);
});

describe('an export that fails after streaming began', () => {
  it('breaks the connection instead of ending a clean 200 with a truncated body', async () => {
    const download = await stalledDownload(`${app.url}/api/export?format=graphml`);
    expect(download.status).toBe(200);
    // The database ends the export's transaction while the client is not reading (as a timeout or a crash would).
    let exportTx: string | undefined;
    while (!exportTx)
      exportTx = (await openTransactions(app.db)).find((t) => t.currentQuery.includes('stream-export'))?.transactionId;
    const session = app.db.driver.session({ database: app.db.database });
    await session.run('TERMINATE TRANSACTION $id', { id: exportTx }).finally(() => session.close());
    const { body, complete } = await download.finish();
    expect(complete).toBe(false);
    expect(body).not.toContain('</graphml>');
    await expectNoOpenTransactions(app.db);
  }, 120_000);
});

describe('concurrent exports', () => {
  it('are bounded per client (429) and in total (503), with Retry-After, and free again when they end', async () => {
    const limited = await startTestApp(testDatabase(), { exportLimits: { perClient: 1, total: 2 } });
    try {
      const url = `${limited.url}/api/export?format=json`;
      const first = await stalledDownload(url, '127.0.0.1');
      expect(first.status).toBe(200);
      const again = await stalledDownload(url, '127.0.0.1');
      expect(again.status).toBe(429);
      expect(again.headers['retry-after']).toMatch(/^\d+$/);
      expect(JSON.parse((await again.finish()).body).error.code).toBe('too_many_concurrent');
      const other = await stalledDownload(url, '127.0.0.2');
      expect(other.status).toBe(200);
      const third = await stalledDownload(url, '127.0.0.3');
      expect(third.status).toBe(503);
      expect(third.headers['retry-after']).toMatch(/^\d+$/);
      expect(JSON.parse((await third.finish()).body).error.code).toBe('busy');
      // A client that goes away frees its place; one that reads to the end does too.
      first.destroy();
      expect((await other.finish()).complete).toBe(true);
      let next = await stalledDownload(url, '127.0.0.1');
      while (next.status !== 200) {
        // the server sees the close a moment later
        await next.finish();
        next = await stalledDownload(url, '127.0.0.1');
      }
      expect((await next.finish()).complete).toBe(true);
      await expectNoOpenTransactions(limited.db);
    } finally {
      await limited.close();
    }
  }, 120_000);
});
