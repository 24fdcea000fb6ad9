// First-visit guidance: what the picture is and where to start (on the start view, until hidden), why a view is
// empty (and a way out), and what to do after «Путь отсюда…». DOM pieces only; the shell decides when.
import { tr } from '../i18n/strings.ts';
import type { Lang, ViewState } from '../../../core/view/view-state.ts';
import { currentYear } from '../../../core/view/view-state.ts';
import { h } from './dom.ts';

type Key = Parameters<typeof tr>[1];
const fill = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));

/** The start view: nothing focused, selected, filtered or asked. */
export const isStartView = (s: ViewState): boolean =>
  !s.focus && !s.selected && !s.path && !s.countries.length && !s.kinds.length && !s.minTies && s.tab === 'network';

export interface IntroActions {
  search(): void;
  movement(): void;
  forums(): void;
  close(): void;
}

export function renderIntro(lang: Lang, act: IntroActions): HTMLElement {
  const t = (k: Key) => tr(lang, k);
  const step = (id: string, k: Key, fn: () => void) => h('button', { type: 'button', id, onclick: fn }, t(k));
  return h(
    'section',
    { class: 'intro', id: 'intro', 'aria-label': t('introStart') },
    h('p', {}, t('introWhat')),
    h(
      'p',
      { class: 'steps' },
      `${t('introStart')} `,
      step('intro-city', 'introCity', act.search),
      step('intro-movement', 'introMovement', act.movement),
      step('intro-forums', 'introForums', act.forums),
    ),
    h(
      'button',
      {
        type: 'button',
        class: 'close',
        id: 'intro-close',
        'aria-label': t('introClose'),
        title: t('introClose'),
        onclick: act.close,
      },
      '×',
    ),
  );
}

/** Why a view shows nothing, from the filters that are on, with a way back. */
export function renderEmpty(lang: Lang, s: ViewState, reset: () => void): HTMLElement {
  const t = (k: Key) => tr(lang, k);
  const reasons = [
    s.minTies ? fill(t('emptyMin'), { n: s.minTies }) : null,
    s.countries.length ? `${t('emptyCountries')} (${s.countries.join(', ')})` : null,
    s.kinds.length ? t('emptyKinds') : null,
    s.year < currentYear() ? fill(t('emptyYear'), { year: s.year }) : null,
    !s.undated ? t('emptyUndated') : null,
  ].filter(Boolean);
  return h(
    'div',
    { class: 'empty-view', id: 'empty-view', role: 'status' },
    h('p', {}, `${t('emptyView')} ${reasons.join('; ')}.`),
    h('button', { type: 'button', id: 'empty-reset', onclick: reset }, t('emptyReset')),
  );
}

/** After «Путь отсюда…»: what to do next. */
export const pathNextText = (lang: Lang, city: string): string => fill(tr(lang, 'pathNext'), { city });
