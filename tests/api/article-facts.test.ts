// Every fact of the founding article (kp40.ru, 31.03.2017) is answerable through the API, with its source.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/test-app.ts';

const ARTICLE = 'kp40-2017-03-31';
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

describe('the founding article through the API', () => {
  it('Podolsk and Borisov signed the very first twinning in 1992', async () => {
    const { status, body } = await app.get('/api/cities/ru-podolsk');
    expect(status).toBe(200);
    const tie = body.ties.find((t: any) => t.city.id === 'by-borisov');
    expect(tie).toMatchObject({ kind: 'twinning', year: 1992, date: '1992', datePrecision: 'year' });
    expect(tie.agreements[0]).toMatchObject({ kind: 'twinning', date: '1992' });
    expect(tie.sources).toContain(ARTICLE);
    expect(body.sources.map((s: any) => s.id)).toContain(ARTICLE);
  });

  it('forum IX: Mogilev, 30–31 March 2017, about 150 participants, its theme and the section Ivanov spoke in', async () => {
    const { body } = await app.get('/api/forums/forum-09');
    expect(body.forum).toMatchObject({
      edition: 9,
      editionRoman: 'IX',
      startDate: '2017-03-30',
      endDate: '2017-03-31',
      datePrecision: 'day',
      participants: 150,
      participantsApprox: true,
      host: { id: 'by-mogilev' },
    });
    expect(body.forum.theme).toMatch(/^Расширение взаимовыгодного сотрудничества городов-побратимов/);
    const kaluga = body.delegations.find((d: any) => d.city.id === 'ru-kaluga');
    expect(kaluga.members[0]).toMatchObject({
      person: { nameRu: 'Александр Иванов', officeRu: 'Глава городского самоуправления Калуги' },
      role: 'speaker',
      section:
        'Сотрудничество в области культуры, спорта и туризма, молодежной политики, в развитии народной дипломатии',
    });
    const delegationCities = body.delegations.map((d: any) => d.city.id);
    for (const c of [
      'ru-penza',
      'ru-vologda',
      'ru-saint-petersburg',
      'ru-omsk',
      'ru-yekaterinburg',
      'by-minsk',
      'by-brest',
      'by-vitebsk',
      'by-gomel',
      'by-grodno',
      'by-mogilev',
    ]) {
      expect(delegationCities).toContain(c);
    }
    expect(body.sources.map((s: any) => s.id)).toContain(ARTICLE);
  });

  it('forum I was held in Gomel in 1998, and the unknown editions stay gaps', async () => {
    const { body } = await app.get('/api/forums');
    const first = body.forums.find((f: any) => f.edition === 1);
    expect(first).toMatchObject({ startDate: '1998', datePrecision: 'year', host: { id: 'by-gomel' } });
    expect(first.sources).toContain(ARTICLE);
    expect(body.missingEditions).toEqual([2, 3, 4, 5, 6]);
    const seventh = body.forums.find((f: any) => f.edition === 7);
    expect(seventh).toMatchObject({
      startDate: null,
      year: null,
      datePrecision: null,
      dateNote: 'November; year not found',
      host: { id: 'by-minsk' },
    });
  });

  it('the Kaluga City Duma has agreements with the Smolensk (15 March 2012) and Tula councils', async () => {
    const { body } = await app.get('/api/agreements?city=ru-kaluga&kind=cooperation');
    const byPartner = (id: string) => body.agreements.find((a: any) => a.parties.some((p: any) => p.city === id));
    const smolensk = byPartner('ru-smolensk');
    expect(smolensk).toMatchObject({ date: '2012-03-15', datePrecision: 'day', kind: 'cooperation' });
    expect(smolensk.parties.map((p: any) => p.id).sort()).toEqual(['ru-kaluga-city-duma', 'ru-smolensk-city-council']);
    expect(smolensk.parties.every((p: any) => p.type === 'body')).toBe(true);
    const tula = byPartner('ru-tula');
    expect(tula).toMatchObject({ date: null, year: null, datePrecision: null });
    expect(tula.sources).toEqual([ARTICLE]);
  });

  it('Belarusian developers invested about 17 million roubles in Malinovka, Kaluga', async () => {
    const { body } = await app.get('/api/cities/ru-kaluga');
    expect(body.investments).toHaveLength(1);
    expect(body.investments[0]).toMatchObject({
      amount: 17_000_000,
      approximate: true,
      currency: 'RUB',
      fromCountry: 'BY',
      to: 'ru-kaluga',
    });
    expect(body.investments[0].purposeRu).toContain('Малиновка');
    expect(body.investments[0].sources).toEqual([ARTICLE]);
  });

  it('Kaluga shows its ties to Minsk, Tula and Smolensk, each with agreements and sources that resolve', async () => {
    const { body } = await app.get('/api/cities/ru-kaluga');
    expect(body.ties.map((t: any) => t.city.id).sort()).toEqual(['by-minsk', 'ru-smolensk', 'ru-tula']);
    const cited = new Set(body.sources.map((s: any) => s.id));
    for (const t of body.ties) {
      expect(t.sources.length).toBeGreaterThan(0);
      for (const s of t.sources) expect(cited.has(s)).toBe(true);
      expect(t.agreements.length).toBeGreaterThan(0);
    }
    expect(body.forumsAttended.map((f: any) => f.id)).toContain('forum-09');
    // Coordinates cite where they come from (FACTS.md: GeoNames), and that source is in the list too.
    expect(body.city).toMatchObject({ lat: 54.5293, lon: 36.27542, coordinatesSources: ['geonames'] });
    expect(cited.has('geonames')).toBe(true);
    expect(body.people[0]).toMatchObject({
      nameEn: 'Aleksandr Ivanov',
      roles: [{ forum: 'forum-09', role: 'speaker' }],
    });
  });
});
