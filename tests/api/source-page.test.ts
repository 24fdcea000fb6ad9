// A source link opens a page a person reads (GET /sources/:id), not JSON: title, publisher, date, address,
// licence and the facts resting on it, in Russian or English, every value escaped.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/test-app.ts';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

const page = async (path: string) => {
  const res = await fetch(app.url + path);
  return { status: res.status, type: res.headers.get('content-type'), html: await res.text() };
};

describe('GET /sources/:id', () => {
  it('shows «Head of Kaluga, 2023» as a readable page in Russian, with the facts on it linked to the explorer', async () => {
    const { status, type, html } = await page('/sources/kaluga-head-2023');
    expect(status).toBe(200);
    expect(type).toMatch(/text\/html/);
    expect(html).toContain('<html lang="ru">');
    expect(html).toContain('<title>Head of Kaluga, 2023 — Источник · Побратим</title>');
    for (const label of ['Издатель', 'Дата', 'Адрес', 'Лицензия', 'Факты, которые на нём основаны'])
      expect(html).toContain(label);
    expect(html).toContain('<i>нет</i>'); // no address, said so
    expect(html).toMatch(
      /<span class="type">связь<\/span> <a href="\/\?lang=ru&amp;focus=by-minsk&amp;sel=by-minsk">Минск – Калуга<\/a>/,
    );
    expect(html).toMatch(/<span class="type">соглашение<\/span> <a [^>]+>Калуга – Минск, 2015<\/a>/);
  });

  it('in English, with a titled source’s address, its title marked as a quotation in the source’s language', async () => {
    const { html } = await page('/sources/kp40-2017-03-31?lang=en');
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<q lang="ru">В Могилёве прошел форум городов-побратимов</q>');
    expect(html).toContain('href="https://www.kp40.ru/news/society/42774"');
    expect(html).toMatch(/Facts resting on it \(\d+\)/);
    expect(html).toContain('href="/sources/kp40-2017-03-31?lang=ru"');
    // Forums and delegations by their edition and city, never by an id.
    expect(html).not.toMatch(/>(forum|del)-\d/);
    const ru = (await page('/sources/kp40-2017-03-31')).html;
    expect(ru).toContain('примечание составителей, по-английски'); // the note is ours, not the source's words
  });

  it('keeps the JSON at /api/sources/:id and answers an unknown source with 404', async () => {
    expect((await app.get('/api/sources/kaluga-head-2023')).body.cites.length).toBeGreaterThan(0);
    expect((await page('/sources/no-such-source')).status).toBe(404);
    expect((await page('/sources/kaluga-head-2023?lang=xx')).status).toBe(200); // an unknown language falls back
  });
});
