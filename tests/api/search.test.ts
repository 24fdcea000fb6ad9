// City search finds any name form: case-, ё/е- and script-insensitive, aliases included.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/test-app.ts';
import { backfillLooseKeys } from '../../server/search/backfill-loose-keys.ts';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

const first = async (q: string, extra = '') =>
  (await app.get(`/api/cities?q=${encodeURIComponent(q)}${extra}`)).body.cities[0]?.id;

describe('GET /api/cities', () => {
  it.each(['Могилёв', 'могилев', 'МОГИЛЕВ', 'Mogilev', 'mahilyow', 'Mahilyow', 'Магілёў'])(
    '%s finds by-mogilev',
    async (q) => {
      expect(await first(q)).toBe('by-mogilev');
    },
  );
  it.each(['Barysaw', 'Борисов', 'borisov'])('%s finds by-borisov', async (q) => {
    expect(await first(q)).toBe('by-borisov');
  });
  // Romanisation variants no source lists: each is a whole name whose loose key (server/search/name-keys.ts)
  // is the city's.
  it.each([
    ['Jekaterinburg', 'ru-yekaterinburg'],
    ['Pskow', 'ru-pskov'],
    ['Krasnohorsk', 'ru-krasnogorsk'],
    ['Zhodzino', 'by-zhodino'],
    ['Kalouga', 'ru-kaluga'],
  ])('the romanisation variant %s finds %s', async (q, id) => {
    expect(await first(q)).toBe(id);
  });
  it('a loose key never matches part of a name, and an exact name ranks before a variant', async () => {
    expect(await first('Pskowsk')).toBeUndefined(); // pskvsk: not the start of pskv, nor the whole
    const { body } = await app.get(`/api/cities?q=${encodeURIComponent('Gomel')}`);
    expect(body.cities[0].id).toBe('by-gomel');
  });
  it('gives the cities of a graph written before loose keys their loose keys, once', async () => {
    const session = app.db.driver.session();
    try {
      await session.run(
        "MATCH (c:City {id: 'ru-pskov'}) SET c.search = reduce(s = '|', k IN [k IN split(c.search, '|') WHERE k <> '' AND NOT k STARTS WITH '~'] | s + k + '|')",
      );
    } finally {
      await session.close();
    }
    expect(await first('Pskow')).toBeUndefined();
    expect(await backfillLooseKeys(app.db)).toBe(1);
    expect(await backfillLooseKeys(app.db)).toBe(0);
    expect(await first('Pskow')).toBe('ru-pskov');
  });
  it('finds by prefix and filters by country', async () => {
    expect(await first('Калу')).toBe('ru-kaluga');
    expect(await first('Mogilev', '&country=RU')).toBeUndefined();
  });
  it('lists the most connected cities without a query', async () => {
    const { body } = await app.get('/api/cities?limit=3');
    expect(body.cities).toHaveLength(3);
    expect(body.cities[0].degree).toBeGreaterThanOrEqual(body.cities[2].degree);
  });
  it('a query of punctuation only finds nothing, without error', async () => {
    const { status, body } = await app.get('/api/cities?q=%21%21%21');
    expect(status).toBe(200);
    expect(body.cities).toEqual([]);
  });
});
