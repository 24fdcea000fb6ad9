// The view's own title and file-name stem (core/view/view-title.ts): what the explorer's PNG/SVG, the embed and
// its snapshot are called, from the filters alone.
import { describe, expect, it } from 'vitest';
import { viewFileStem, viewTitle } from '../../core/view/view-title.ts';

describe('viewTitle', () => {
  it('names the focus by its name, or the network with its countries', () => {
    expect(viewTitle({ focus: 'ru-kaluga' }, 'ru', 'Калуга')).toBe('Калуга — города-побратимы');
    expect(viewTitle({}, 'en')).toBe('Twin-city network');
    expect(viewTitle({ country: ['RU', 'BY'] }, 'ru')).toBe('Сеть городов-побратимов: Беларусь, Россия');
    expect(viewTitle({ country: ['RU', 'BY'] }, 'en')).toBe('Twin-city network: Belarus, Russia');
  });

  it('says the years, the kinds and dated-only, in either language', () => {
    expect(viewTitle({ country: ['BY', 'RU'], to: 1995, undated: 'exclude' }, 'ru')).toBe(
      'Сеть городов-побратимов: Беларусь, Россия · по 1995 г. · только связи с датой',
    );
    expect(viewTitle({ focus: 'by-minsk', from: 1990, to: 2000, kind: ['twinning'] }, 'en', 'Minsk')).toBe(
      'Minsk — twin cities · twinning · 1990–2000',
    );
    expect(viewTitle({ kind: ['twinning', 'partnership', 'cooperation'], from: 2001 }, 'en')).toBe(
      'Twin-city network · from 2001',
    );
  });

  it('lists three countries, then how many more', () => {
    expect(viewTitle({ country: ['FR', 'DE', 'RU', 'BY', 'PL'] }, 'en')).toBe(
      'Twin-city network: Belarus, France, Germany and 2 more',
    );
  });
});

describe('viewFileStem', () => {
  it('says the same in safe characters', () => {
    expect(viewFileStem({ focus: 'ru-kaluga', country: ['RU', 'BY'], to: 1995 })).toBe(
      'pobratim-ru-kaluga-BY-RU-to1995',
    );
    expect(viewFileStem({ country: ['BY', 'RU'], to: 1995, undated: 'exclude' })).toBe('pobratim-BY-RU-to1995-dated');
    expect(viewFileStem({})).toBe('pobratim');
    expect(viewFileStem({ focus: 'x/../é"<b>' })).toMatch(/^[A-Za-z0-9-]+$/);
  });
});
