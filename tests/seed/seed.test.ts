// The curated seed: validated before writing, idempotent, every fact sourced, gaps left empty.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSeed } from '../../server/seed/load-seed.ts';
import { readSeed, seedDataDir, SeedValidationError } from '../../server/seed/read-seed.ts';
import { testDatabase } from '../helpers/test-app.ts';

const db = testDatabase();
afterAll(() => db.close());

const counts = async () => (await db.read<{ nodes: number; relationships: number; properties: number }>('count-graph'))[0];

describe('seed', () => {
  it('loading twice changes nothing (nodes, relationships, properties)', async () => {
    const before = await counts();
    await loadSeed(db, readSeed());
    expect(await counts()).toEqual(before);
    expect(before!.nodes).toBeGreaterThan(50);
  });

  it('links every node except sources to at least one source', async () => {
    const [row] = await db.read<{ unsourced: string[] }>('list-unsourced');
    expect(row!.unsourced).toEqual([]);
  });

  it('leaves gaps empty: no invented dates, hosts or coordinates', async () => {
    const [row] = await db.read<{ forum07: Record<string, unknown>; zhodino: Record<string, unknown>; tula: Record<string, unknown> }>('get-seed-gaps');
    expect(row!.forum07).not.toHaveProperty('startDate');
    expect(row!.forum07).not.toHaveProperty('year');
    expect(row!.zhodino).not.toHaveProperty('lat');
    expect(row!.zhodino).not.toHaveProperty('location');
    expect(row!.tula).not.toHaveProperty('date');
    const seed = readSeed();
    expect(seed.forums.map((f) => f.edition)).not.toContain(2);
  });

  function brokenCopy(file: string, edit: (rows: any[]) => void): string {
    const dir = mkdtempSync(join(tmpdir(), 'seed-'));
    cpSync(seedDataDir, dir, { recursive: true });
    const rows = JSON.parse(readFileSync(join(dir, `${file}.json`), 'utf8'));
    edit(rows);
    writeFileSync(join(dir, `${file}.json`), JSON.stringify(rows));
    return dir;
  }

  it.each([
    ['an unknown source', 'agreements', (r: any[]) => { r[0].sources = ['no-such-source']; }, 'unknown sources id no-such-source'],
    ['a fact without a source', 'forums', (r: any[]) => { r[0].sources = []; }, 'forums.0.sources'],
    ['an impossible date', 'agreements', (r: any[]) => { r[0].date = '2012-02-30'; }, 'not a real calendar date'],
    ['a party that does not exist', 'agreements', (r: any[]) => { r[0].parties[0] = 'ru-atlantis'; }, 'neither a city nor a body'],
    ['a duplicate id', 'cities', (r: any[]) => { r.push({ ...r[0] }); }, 'duplicate id'],
    ['latitude 200', 'cities', (r: any[]) => { r[0].lat = 200; }, 'cities.0.lat'],
    ['coordinates without their source', 'cities', (r: any[]) => { r[0].coordinatesSources = null; }, 'cities.0.coordinatesSources'],
    ['coordinates citing an unknown source', 'cities', (r: any[]) => { r[0].coordinatesSources = ['atlas']; }, 'unknown sources id atlas'],
  ])('refuses %s before writing anything', (_name, file, edit, message) => {
    const dir = brokenCopy(file, edit);
    expect(() => readSeed(dir)).toThrow(SeedValidationError);
    expect(() => readSeed(dir)).toThrow(message);
  });
});
