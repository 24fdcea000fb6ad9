// The styling rules' controls: what a place's colour and size say (core/style/style-rules.ts), one select each.
import {
  COLOUR_BY,
  COLOUR_RULES,
  SIZE_BY,
  SIZE_RULES,
  type ColourBy,
  type SizeBy,
} from '../../../core/style/style-rules.ts';
import { tr } from '../i18n/strings.ts';
import type { Store } from '../state/store.ts';
import type { ViewState } from '../../../core/view/view-state.ts';
import { h } from './dom.ts';

export function createStyleControls(store: Store): { el: HTMLElement; update(s: ViewState): void } {
  const lang = store.state.lang;
  const colour = h(
    'select',
    {
      id: 'colour-by',
      onchange: () => store.dispatch({ type: 'style', colourBy: colour.value as ColourBy }),
    },
    COLOUR_BY.map((c) => h('option', { value: c }, COLOUR_RULES[c].name[lang])),
  );
  const size = h(
    'select',
    { id: 'size-by', onchange: () => store.dispatch({ type: 'style', sizeBy: size.value as SizeBy }) },
    SIZE_BY.map((c) => h('option', { value: c }, SIZE_RULES[c].name[lang])),
  );
  const el = h(
    'details',
    { class: 'style' },
    h('summary', {}, tr(lang, 'style')),
    h('label', {}, `${tr(lang, 'colourBy')}: `, colour),
    h('label', {}, `${tr(lang, 'sizeBy')}: `, size),
  );
  return {
    el,
    update(s) {
      colour.value = s.colourBy;
      size.value = s.sizeBy;
    },
  };
}
