// The frame of the explorer's PNG/SVG export (web/src/render/export-frame.ts): the title above, the legend and
// the credits below, wrapped to the picture's width; the SVG carries the same texts as the canvas draws.
import { describe, expect, it } from 'vitest';
import { frameSvg, layoutFrame, type FrameText } from '../../web/src/render/export-frame.ts';

const measure = (s: string, size: number) => s.length * size * 0.6;
const text: FrameText = {
  title: 'Сеть городов-побратимов: Беларусь, Россия · по 2017 г.',
  subtitle: '35 мест · 41 связей · Цвет: страна',
  legend: [
    { label: 'Россия 25', colour: '#E69F00' },
    { label: 'Беларусь 10', colour: '#56B4E9' },
  ],
  legendMore: 3,
  credits: ['Источник: «Побратим»', 'GeoNames (geonames.org), CC BY 4.0', 'Wikipedia contributors, CC BY-SA 4.0'],
};

describe('layoutFrame', () => {
  it('puts the title and counts above, the legend and every credit below, within the width', () => {
    const f = layoutFrame(text, 900, measure);
    const texts = (role: string) => f.marks.flatMap((m) => (m.kind === 'text' && m.role === role ? [m.text] : []));
    expect(texts('title')).toEqual([text.title]);
    expect(texts('subtitle')).toEqual([text.subtitle]);
    expect(texts('legend')).toEqual(['Россия 25', 'Беларусь 10', '+3']);
    expect(texts('credits').join(' ')).toBe(text.credits.join(' · '));
    expect(f.marks.filter((m) => m.kind === 'swatch').map((m) => m.kind === 'swatch' && m.colour)).toEqual([
      '#E69F00',
      '#56B4E9',
    ]);
    for (const m of f.marks) {
      if (m.kind === 'text') expect(m.x + measure(m.text, m.size), m.text).toBeLessThanOrEqual(900);
      expect(m.y).toBeLessThan(m.band === 'top' ? f.top : f.bottom);
    }
  });

  it('wraps the credits on a phone-narrow picture rather than cutting them', () => {
    const f = layoutFrame(text, 360, measure);
    const credits = f.marks.flatMap((m) => (m.kind === 'text' && m.role === 'credits' ? [m.text] : []));
    expect(credits.length).toBeGreaterThan(1);
    expect(credits.join(' ')).toBe(text.credits.join(' · '));
    expect(f.bottom).toBeGreaterThan(layoutFrame(text, 900, measure).bottom);
  });

  it('writes the same texts around the SVG picture, escaped, with the picture between the bands', () => {
    const f = layoutFrame({ ...text, title: 'A <b>&</b> B' }, 900, measure);
    const svg = frameSvg(f, '<svg xmlns="http://www.w3.org/2000/svg" width="900" height="500"></svg>', 500, '#000');
    expect(svg).toContain('<title>A &lt;b&gt;&amp;&lt;/b&gt; B</title>');
    expect(svg).toContain(`<svg x="0" y="${f.top}" xmlns=`);
    expect(svg).toMatch(new RegExp(`^<svg [^>]*height="${f.top + 500 + f.bottom}"`));
  });
});
