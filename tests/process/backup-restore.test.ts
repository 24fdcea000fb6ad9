// `npm run backup` / `npm run restore` as an operator runs them, on the real Neo4j: the shared test database (curated
// seed + a small world import + a pinned story) is backed up, then restored into a second, empty local Neo4j (port
// NEO4J_RESTORE_BOLT_PORT) with the same checksum; a damaged or truncated file and a non-empty target are refused
// with a clear message and leave the target as it was. Restores the curated-only graph afterwards.
import { execFile } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalNeo4j, type LocalNeo4j } from '../../neo4j/local-neo4j.ts';
import { readBackupHeader } from '../../server/backup/backup-file.ts';
import { Database } from '../../server/db/database.ts';
import { ImportRepository } from '../../server/import/import.repository.ts';
import { ImportService } from '../../server/import/import.service.ts';
import { worldFile } from '../../server/import/load-world.ts';
import { graphChecksum, restoreCuratedGraph, type GraphChecksum } from '../helpers/graph-checksum.ts';
import { startTestApp, type TestApp } from '../helpers/test-app.ts';

const port = Number(process.env.NEO4J_RESTORE_BOLT_PORT ?? 7696);
const home = resolve('.data/neo4j-backup-test');
const dir = resolve('.data/backup-test');
const file = resolve(dir, 'graph.jsonl.gz');
let target: LocalNeo4j | undefined;
let restored: Database;
let app: TestApp;
let original: GraphChecksum;

/** The CLI, as `npm run backup|restore -- <file>` runs it, against the database at `uri`. */
async function cli(
  command: 'backup' | 'restore',
  path: string,
  uri: string,
): Promise<{ code: number; stderr: string }> {
  try {
    const { stderr } = await promisify(execFile)(
      resolve('node_modules/.bin/tsx'),
      ['server/cli/backup.ts', command, path],
      {
        env: { ...process.env, NEO4J_URI: uri, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: '' },
        timeout: 240_000,
      },
    );
    return { code: 0, stderr };
  } catch (err) {
    const e = err as { code?: number; stderr?: string };
    return { code: e.code ?? -1, stderr: e.stderr ?? String(err) };
  }
}

beforeAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  app = await startTestApp();
  const world = readFileSync(worldFile, 'utf8').split('\n').slice(0, 301).join('\n');
  const report = await new ImportService(new ImportRepository(app.db)).run(Buffer.from(world));
  expect(report.ties.created).toBeGreaterThan(100);
  const story = await fetch(`${app.url}/api/stories`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{"focus":"by-mogilev","to":2017}',
  });
  expect(story.status).toBeLessThan(300);
  original = await graphChecksum(app.db);
  rmSync(home, { recursive: true, force: true });
  target = await startLocalNeo4j({ port, home, heap: '512m' });
  restored = new Database({ uri: target.uri });
}, 240_000);

afterAll(async () => {
  await restoreCuratedGraph(app.db);
  await app?.close();
  await restored?.close();
  await target?.stop();
});

describe('npm run backup / npm run restore', () => {
  it('writes a gzipped JSON-lines backup with a header', async () => {
    const run = await cli('backup', file, app.db.uri);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/Backed up to .*graph\.jsonl\.gz: [\d,]+ nodes, [\d,]+ relationships/);
    const header = await readBackupHeader(file);
    expect(header).toMatchObject({
      format: 'pobratim-graph-backup',
      version: 1,
      nodes: original.nodes,
      relationships: original.relationships,
    });
    expect(header.neo4j.version).toMatch(/^5\./);
    const lines = gunzipSync(readFileSync(file)).toString('utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(1 + original.nodes + original.relationships);
    expect(lines.some((l) => l.includes('"Story"'))).toBe(true);
    expect(readFileSync(`${dir}/graph.jsonl.gz`).subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b]));
  }, 180_000);

  it('refuses a damaged or truncated file and writes nothing', async () => {
    const text = gunzipSync(readFileSync(file)).toString('utf8');
    const damaged = resolve(dir, 'damaged.jsonl.gz');
    writeFileSync(damaged, gzipSync(text.replace('"labels":[', '"labels":["Extra",'))); // a valid record, not the one backed up
    const bad = await cli('restore', damaged, target!.uri);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/is damaged: .*nothing was restored/);
    const truncated = resolve(dir, 'truncated.jsonl.gz');
    const bytes = readFileSync(file);
    writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    const cut = await cli('restore', truncated, target!.uri);
    expect(cut.code).toBe(1);
    expect(cut.stderr).toMatch(/damaged/);
    expect((await graphChecksum(restored)).nodes).toBe(0);
  }, 180_000);

  it('restores into an empty database with the same checksum', async () => {
    const run = await cli('restore', file, target!.uri);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/Restored .*graph\.jsonl\.gz/);
    expect(await graphChecksum(restored)).toEqual(original);
    // the schema came back too (applySchema), so the restored graph is served as fast as the original
    const { records } = await restored.driver.executeQuery(
      "SHOW CONSTRAINTS YIELD name WHERE name IN ['city_id', 'story_id'] RETURN count(*) AS n",
    );
    expect(records[0]!.get('n')).toBe(2);
  }, 180_000);

  it('refuses a database that is not empty, leaving it unchanged', async () => {
    const run = await cli('restore', file, target!.uri);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/Refusing to restore: the database already holds [\d,]+ nodes/);
    expect(await graphChecksum(restored)).toEqual(original);
  }, 180_000);
});
