// The Analytics tab's content: one row per figure (its name, value and a plain line on what it means), the
// degree plot, and the downloads (CSV of the rows, JSON of the API answer).
import type { Analytics } from '../../../core/schemas/analytics.schema.ts';
import type { Lang } from '../../../core/view/view-state.ts';
import { aw, figureText, type FigureKey } from '../i18n/analytics-strings.ts';
import { renderDegreePlot } from './degree-plot.ts';
import { h } from './dom.ts';

export interface FigureRow {
  key: FigureKey;
  name: string;
  value: string;
  note: string;
  line: string;
}

export function figureRows(a: Analytics, lang: Lang): FigureRow[] {
  const f = a.figures;
  const n = (x: number | null, digits = 3) =>
    x === null ? '—' : x.toLocaleString(lang === 'ru' ? 'ru-RU' : 'en-GB', { maximumFractionDigits: digits });
  const distanceNote = (d: Analytics['figures']['diameter']) =>
    d.exact ? aw(lang, 'exact') : aw(lang, 'sampled', { n: d.sources });
  const rows: Array<[FigureKey, string, string?]> = [
    ['places', n(f.places)],
    ['ties', n(f.ties)],
    ['density', f.density === null ? '—' : f.density.toExponential(2)],
    ['components', n(f.components)],
    ['largestComponent', `${n(f.largestComponent.places)} (${n(f.largestComponent.ties)})`],
    ['meanDegree', n(f.degree.mean, 2)],
    ['maxDegree', n(f.degree.max)],
    [
      'powerLaw',
      f.degree.powerLaw ? `α = ${n(f.degree.powerLaw.alpha, 2)}` : '—',
      f.degree.powerLaw ? `k ≥ ${f.degree.powerLaw.kMin}` : '',
    ],
    ['assortativity', n(f.assortativity)],
    ['averageClustering', n(f.averageClustering)],
    ['transitivity', n(f.transitivity)],
    ['triangles', n(f.triangles)],
    [
      'diameter',
      n(f.diameter.value),
      f.diameter.exact
        ? aw(lang, 'exact')
        : `${distanceNote(f.diameter)}; ${aw(lang, 'atMost', { n: f.diameter.upperBound ?? '?' })}`,
    ],
    ['meanDistance', n(f.meanDistance.value, 2), distanceNote(f.meanDistance)],
  ];
  return rows.map(([key, value, note]) => ({ key, value, note: note ?? '', ...figureText(lang, key) }));
}

export function analyticsCsv(rows: FigureRow[]): string {
  const cell = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  return (
    [
      'figure,name,value,note,meaning',
      ...rows.map((r) => [r.key, r.name, r.value, r.note, r.line].map(cell).join(',')),
    ].join('\n') + '\n'
  );
}

export function renderAnalytics(a: Analytics, lang: Lang, download: (format: 'csv' | 'json') => void): HTMLElement {
  const rows = figureRows(a, lang);
  return h(
    'div',
    { class: 'analytics-view' },
    h('p', { class: 'muted' }, aw(lang, 'scope')),
    a.truncated ? h('p', { class: 'warning' }, aw(lang, 'truncated', { n: a.figures.ties })) : null,
    h(
      'div',
      { class: 'analytics-downloads' },
      h('button', { type: 'button', id: 'analytics-csv', onclick: () => download('csv') }, 'CSV'),
      h('button', { type: 'button', id: 'analytics-json', onclick: () => download('json') }, 'JSON'),
    ),
    h(
      'table',
      { class: 'analytics-table' },
      h(
        'thead',
        {},
        h('tr', {}, h('th', {}, aw(lang, 'figure')), h('th', {}, aw(lang, 'value')), h('th', {}, aw(lang, 'meaning'))),
      ),
      h(
        'tbody',
        {},
        rows.map((r) =>
          h(
            'tr',
            { 'data-figure': r.key },
            h('th', { scope: 'row' }, r.name),
            h('td', { class: 'num' }, r.value, r.note ? h('div', { class: 'muted' }, r.note) : null),
            h('td', {}, r.line),
          ),
        ),
      ),
    ),
    h('figure', {}, h('figcaption', {}, aw(lang, 'degreePlot')), renderDegreePlot(a.figures.degree, lang)),
    h('p', { class: 'muted' }, aw(lang, 'computed', { by: a.computed.by, ms: Math.round(a.computed.ms) })),
  );
}
