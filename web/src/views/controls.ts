// The side controls: time (year slider, play, undated toggle), filters, exploration commands, path, export.
// They only dispatch actions; `update` reflects the state back into the inputs.
import { tr } from '../i18n/strings.ts';
import { plural } from '../../../core/i18n/names.ts';
import { countryName } from '../model/palette.ts';
import type { Store } from '../state/store.ts';
import { FIRST_YEAR, currentYear, type ViewState } from '../../../core/view/view-state.ts';
import { countryColour } from '../../../core/style/country-colours.ts';
import { h } from './dom.ts';
import { pathNextText } from './guide.ts';
import { createStyleControls } from './style-controls.ts';

/** Tooltips of the command buttons (their words say what; the tip says what happens). */
const TIPS: Record<string, Parameters<typeof tr>[1]> = {
  'cmd-expand': 'tipExpand',
  'cmd-collapse': 'tipCollapse',
  'cmd-dismiss': 'tipDismiss',
  'cmd-dismiss-others': 'tipDismissOthers',
  'cmd-path-from': 'tipPathFrom',
  'cmd-path-to': 'tipPathTo',
  'cmd-undo': 'tipUndo',
  'cmd-reset': 'tipReset',
  'cmd-path-clear': 'tipPathClear',
};

/** The formats of GET /api/export: Gephi (GraphML, GEXF), spreadsheets and the importer (CSV), code (JSON). */
export const DATA_FORMATS = ['csv', 'graphml', 'gexf', 'json'] as const;
export type DataFormat = (typeof DATA_FORMATS)[number];

export interface ControlCommands {
  expand(): void;
  collapse(): void;
  dismiss(): void;
  dismissOthers(): void;
  pathFrom(): void;
  pathTo(): void;
  exportPng(): void;
  /** Address of GET /api/export for the view's data filters in that format. */
  dataHref(format: DataFormat): string;
  exportSvg(): void;
  embed(): void;
}

export interface ControlInfo {
  pathStart: string | null;
  /** The path's first city by name, once picked («Путь отсюда…» then says what to do next). */
  pathStartName?: string | undefined;
  canUndo: boolean;
  hasSelection: boolean;
  /** The shown ties with and without a year (undefined before the graph has loaded). */
  ties?: { dated: number; undated: number };
}

/** «1 связь с датой к 1995 · 234 без даты»: the dated network by the year, the undated ties apart. */
export function timeCountText(s: Pick<ViewState, 'lang' | 'year' | 'undated'>, n: { dated: number; undated: number }) {
  const ru = s.lang === 'ru';
  const dated = ru
    ? `${n.dated} ${plural('ru', n.dated, { one: 'связь', few: 'связи', other: 'связей' })} с датой к ${s.year}`
    : `${n.dated} dated ${plural('en', n.dated, { one: 'tie', other: 'ties' })} by ${s.year}`;
  const undated = !s.undated
    ? ru
      ? 'без даты скрыты'
      : 'undated hidden'
    : ru
      ? `${n.undated} без даты`
      : `${n.undated} undated`;
  return `${dated} · ${undated}`;
}

export function createControls(
  store: Store,
  countries: readonly string[],
  cmd: ControlCommands,
): {
  el: HTMLElement;
  update(s: ViewState, info: ControlInfo): void;
} {
  const lang = store.state.lang;
  const t = (k: Parameters<typeof tr>[1]) => tr(lang, k);
  const year = h('input', {
    type: 'range',
    id: 'year',
    min: FIRST_YEAR,
    max: currentYear(),
    step: 1,
    'aria-label': t('year'),
  });
  const yearOut = h('output', { for: 'year', id: 'year-value' });
  const timeCount = h('p', { id: 'time-count', class: 'time-count', 'aria-live': 'polite' });
  let timer = 0;
  const play = h('button', { type: 'button', id: 'play', class: 'icon', title: t('tipPlay') }, '▶');
  const stop = () => {
    clearInterval(timer);
    timer = 0;
    play.textContent = '▶';
    play.setAttribute('aria-label', t('play'));
  };
  play.setAttribute('aria-label', t('play'));
  play.addEventListener('click', () => {
    if (timer) return stop();
    if (store.state.year >= currentYear()) store.dispatch({ type: 'year', year: FIRST_YEAR });
    play.textContent = '❚❚';
    play.setAttribute('aria-label', t('pause'));
    timer = window.setInterval(
      () => (store.state.year >= currentYear() ? stop() : store.dispatch({ type: 'year', year: store.state.year + 1 })),
      600,
    );
  });
  year.addEventListener('input', () => store.dispatch({ type: 'year', year: Number(year.value) }));
  const undated = h('input', {
    type: 'checkbox',
    id: 'undated',
    onchange: () => store.dispatch({ type: 'undated', show: undated.checked }),
  });

  // Every country of the graph (the world has ~200), most places first; typing filters them by name or code.
  const countryBoxes = countries.map((c) =>
    h('input', {
      type: 'checkbox',
      value: c,
      onchange: () =>
        store.dispatch({ type: 'countries', countries: countryBoxes.filter((b) => b.checked).map((b) => b.value) }),
    }),
  );
  const countryLabels = countryBoxes.map((b) =>
    h(
      'label',
      { 'data-country': b.value },
      b,
      ' ',
      h('span', { class: 'swatch', style: `background:${countryColour(b.value)}`, 'aria-hidden': 'true' }),
      countryName(b.value, lang),
    ),
  );
  const countryFilter = h('input', {
    type: 'search',
    id: 'country-filter',
    placeholder: t('findCountry'),
    'aria-label': t('findCountry'),
  });
  const searchable = countries.map((c) => `${c} ${countryName(c, 'ru')} ${countryName(c, 'en')}`.toLowerCase());
  countryFilter.addEventListener('input', () => {
    const q = countryFilter.value.trim().toLowerCase();
    for (const [i, label] of countryLabels.entries())
      label.hidden = q !== '' && !countryBoxes[i]!.checked && !searchable[i]!.includes(q);
  });
  const kinds = (['twinning', 'partnership', 'cooperation'] as const).map((k) =>
    h('input', {
      type: 'checkbox',
      value: k,
      onchange: () => store.dispatch({ type: 'kinds', kinds: kinds.filter((b) => b.checked).map((b) => b.value) }),
    }),
  );
  const minTies = h('input', {
    type: 'number',
    id: 'min-ties',
    title: t('tipMin'),
    min: 0,
    max: 1000,
    step: 1,
    onchange: () => store.dispatch({ type: 'minTies', min: Number(minTies.value) || 0 }),
  });
  const depth = h(
    'select',
    { id: 'depth', onchange: () => store.dispatch({ type: 'depth', depth: Number(depth.value) }) },
    [1, 2, 3].map((d) => h('option', { value: d }, `±${d}`)),
  );
  const btn = (id: string, label: string, fn: () => void) =>
    h('button', { type: 'button', id, onclick: fn, title: TIPS[id] ? t(TIPS[id]) : undefined }, label);
  const pathHint = h('p', { class: 'path-hint', id: 'path-hint', role: 'status', hidden: true });
  const selButtons = [
    btn('cmd-expand', t('expand'), cmd.expand),
    btn('cmd-collapse', t('collapse'), cmd.collapse),
    btn('cmd-dismiss', t('dismiss'), cmd.dismiss),
    btn('cmd-dismiss-others', t('dismissOthers'), cmd.dismissOthers),
    btn('cmd-path-from', t('pathFrom'), cmd.pathFrom),
  ];
  const pathTo = btn('cmd-path-to', t('pathTo'), cmd.pathTo);
  const undo = btn('cmd-undo', t('undo'), () => store.undo());
  // The data of the view's filters, streamed by the server (the picture's own exports are PNG and SVG).
  const dataLinks = DATA_FORMATS.map((f) =>
    h(
      'a',
      { id: `export-${f}`, class: 'button', download: '', href: cmd.dataHref(f) },
      f === 'graphml' ? 'GraphML' : f.toUpperCase(),
    ),
  );
  // Said only while the view has something the Data links leave out (they export the filters, not the picture).
  const dataNote = h('p', { class: 'data-note', id: 'data-note' }, t('dataNote'));
  const style = createStyleControls(store);
  const el = h(
    'div',
    { class: 'controls-inner' },
    h(
      'fieldset',
      { class: 'time' },
      h('legend', {}, t('year')),
      h('div', { class: 'row' }, play, year, yearOut),
      h('label', {}, undated, ' ', t('undated'), ' ', h('span', { class: 'undated-key', 'aria-hidden': 'true' })),
      timeCount,
    ),
    h(
      'details',
      { class: 'filters', open: true },
      h('summary', {}, t('filters')),
      h(
        'div',
        { class: 'row' },
        btn('filter-all', t('allCountries'), () => store.dispatch({ type: 'countries', countries: [] })),
        btn('filter-ru-by', t('ruBy'), () => store.dispatch({ type: 'countries', countries: ['BY', 'RU'] })),
      ),
      h(
        'details',
        { class: 'countries' },
        h('summary', {}, t('countries')),
        countryFilter,
        h('div', { class: 'checks' }, countryLabels),
      ),
      h(
        'div',
        { class: 'checks', role: 'group', 'aria-label': t('kinds') },
        kinds.map((b) => h('label', {}, b, ' ', t(b.value as 'twinning'))),
      ),
      h('label', {}, t('minTies'), ' ', minTies),
    ),
    h(
      'details',
      { class: 'explore', open: true },
      h('summary', {}, t('explore')),
      h('label', {}, t('depth'), ' ', depth),
      h(
        'div',
        { class: 'buttons' },
        selButtons,
        pathTo,
        undo,
        btn('cmd-reset', t('reset'), () => store.dispatch({ type: 'reset' })),
        btn('cmd-path-clear', t('pathClear'), () => store.dispatch({ type: 'path', path: null })),
      ),
      pathHint,
    ),
    style.el,
    h(
      'details',
      { class: 'export' },
      h('summary', {}, t('export')),
      h(
        'div',
        { class: 'buttons' },
        btn('export-png', 'PNG', cmd.exportPng),
        btn('export-svg', 'SVG', cmd.exportSvg),
        btn('export-embed', t('embed'), cmd.embed),
      ),
      h('p', { class: 'data-links' }, `${t('data')}: `, dataLinks),
      dataNote,
    ),
  );
  return {
    el,
    update(s, info) {
      year.value = String(s.year);
      yearOut.textContent = String(s.year);
      undated.checked = s.undated;
      timeCount.textContent = info.ties ? timeCountText(s, info.ties) : '';
      dataNote.hidden = !s.expanded.length && !s.dismissed.length && !s.minTies && !s.path;
      for (const b of countryBoxes) b.checked = s.countries.includes(b.value);
      for (const b of kinds) b.checked = s.kinds.includes(b.value);
      if (document.activeElement !== minTies) minTies.value = String(s.minTies);
      depth.value = String(s.depth);
      style.update(s);
      for (const b of selButtons) b.disabled = !info.hasSelection;
      pathTo.disabled = !info.hasSelection || !info.pathStart || info.pathStart === s.selected;
      undo.disabled = !info.canUndo;
      // After «Путь отсюда…», until the path is asked for: what to do next.
      const hint = info.pathStartName && !s.path ? pathNextText(lang, info.pathStartName) : '';
      pathHint.hidden = !hint;
      if (pathHint.textContent !== hint) pathHint.textContent = hint;
      for (const [i, a] of dataLinks.entries()) a.setAttribute('href', cmd.dataHref(DATA_FORMATS[i]!));
    },
  };
}
