// The description of a view is generated from its data, in its language, with the right plural forms.
import { describe, expect, it } from 'vitest';
import { describeView } from '../../core/embed/describe.ts';
import { plural } from '../../core/i18n/names.ts';
import type { Graph } from '../../core/schemas/graph.schema.ts';

const city = (id: string, nameRu: string, nameEn: string, country: string) => ({
  id,
  type: 'city',
  nameRu,
  nameEn,
  country,
  lat: null,
  lon: null,
  degree: 1,
});
const tie = (a: string, b: string, kind: string, date: string | null) => ({
  id: `${a}--${b}`,
  source: a,
  target: b,
  kind,
  kinds: [kind],
  date,
  datePrecision: date ? ('year' as const) : null,
  year: date ? Number(date.slice(0, 4)) : null,
  agreements: [],
  sources: ['s'],
});
const kaluga: Graph = {
  nodes: [
    city('ru-kaluga', 'Калуга', 'Kaluga', 'RU'),
    city('by-minsk', 'Минск', 'Minsk', 'BY'),
    city('ru-tula', 'Тула', 'Tula', 'RU'),
    city('ru-smolensk', 'Смоленск', 'Smolensk', 'RU'),
  ],
  links: [
    tie('by-minsk', 'ru-kaluga', 'twinning', '2015'),
    tie('ru-kaluga', 'ru-tula', 'cooperation', null),
    tie('ru-kaluga', 'ru-smolensk', 'cooperation', '2012'),
  ],
  truncated: false,
  attribution: [],
};

describe('describeView', () => {
  it("counts a focus city's ties by country, in Russian", () => {
    expect(describeView(kaluga, 'ru-kaluga', 'ru')).toBe(
      'Калуга: связи с 3 городами, из них 1 город-побратим. Россия — Смоленск (сотрудничество, 2012), Тула (сотрудничество, без даты); Беларусь — Минск (2015).',
    );
  });

  it('says the same in English', () => {
    expect(describeView(kaluga, 'ru-kaluga', 'en')).toBe(
      'Kaluga: ties with 3 cities, 1 of them a twin city. Russia — Smolensk (cooperation, 2012), Tula (cooperation, undated); Belarus — Minsk (2015).',
    );
  });

  it("pluralises by the language's rules", () => {
    const forms = { one: 'город', few: 'города', many: 'городов', other: 'города' };
    expect([1, 2, 5, 11, 21, 22, 25].map((n) => `${n} ${plural('ru', n, forms)}`)).toEqual([
      '1 город',
      '2 города',
      '5 городов',
      '11 городов',
      '21 город',
      '22 города',
      '25 городов',
    ]);
    const twins: Graph = {
      ...kaluga,
      links: kaluga.links.map((l) => ({ ...l, kind: 'twinning', kinds: ['twinning'] })),
    };
    expect(describeView(twins, 'ru-kaluga', 'ru')).toMatch(/^Калуга: связи с 3 городами, из них 3 города-побратима\./);
    expect(describeView(twins, 'ru-kaluga', 'en')).toMatch(/^Kaluga: ties with 3 cities, 3 of them twin cities\./);
  });

  it('describes a whole network by its counts and most connected cities', () => {
    expect(describeView(kaluga, undefined, 'ru')).toBe(
      'Всего на схеме 4 города и 3 связи. Больше всего связей: Калуга (3), Минск (1), Смоленск (1). Годы соглашений: 2012–2015.',
    );
    expect(describeView(kaluga, undefined, 'en')).toBe(
      'The graph shows 4 cities and 3 ties. Most ties: Kaluga (3), Minsk (1), Smolensk (1). Agreement years: 2012–2015.',
    );
  });

  it('says when there is nothing, and when the view is truncated', () => {
    expect(describeView({ ...kaluga, links: [] }, 'ru-kaluga', 'en')).toBe('No ties in this view.');
    expect(describeView({ ...kaluga, truncated: true }, 'ru-kaluga', 'ru')).toMatch(/Показана часть сети\.$/);
  });
});
