// City search finds any name form: case-, ё/е- and script-insensitive, aliases included.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/test-app.ts';

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
