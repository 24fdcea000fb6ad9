// The explorer page's skeleton: header with search and language, tabs, controls, the stage (canvas or panel),
// the details panel, the attribution and the screen-reader announcer. Elements only; the shell fills them.
import { tr } from '../i18n/strings.ts';
import type { Lang } from '../../../core/view/view-state.ts';
import { h } from '../views/dom.ts';

export interface PageParts {
  search: HTMLElement;
  onLang(): void;
  onCloseDetails(): void;
  /** The skip link: moves focus to the canvas (or the open tab's panel). */
  onSkip(): void;
  onCopyLink(): void;
}

export function buildPage(root: HTMLElement, lang: Lang, parts: PageParts) {
  const t = (k: Parameters<typeof tr>[1]) => tr(lang, k);
  const langButton = h('button', { type: 'button', id: 'lang', class: 'lang', onclick: parts.onLang });
  const copyButton = h('button', { type: 'button', id: 'copy-link', class: 'copy-link', onclick: parts.onCopyLink });
  const skipLink = h('a', {
    class: 'skip-link',
    id: 'skip-link',
    href: '#canvas-host',
    onclick: (e: Event) => (e.preventDefault(), parts.onSkip()),
  });
  const guideHost = h('div', { class: 'guide-host', id: 'guide-host' });
  const tablist = h('div', { class: 'tablist', role: 'tablist' });
  const tabsNav = h('nav', { class: 'tabs' }, tablist);
  const canvasHost = h('div', { class: 'canvas-host', id: 'canvas-host' });
  const panelHost = h('div', { class: 'panel-host', id: 'panel-host', role: 'tabpanel', hidden: true });
  const status = h('p', { class: 'status', id: 'status', role: 'status' }, t('loadingGraph'));
  const controlsHost = h('aside', { class: 'controls', id: 'controls' });
  const legendHost = h('div', { id: 'legend' });
  const detailsBody = h('div', { id: 'details-body' });
  const pathBox = h('div', { id: 'path-box', class: 'path-box' });
  const details = h(
    'aside',
    { class: 'details', id: 'details', hidden: true },
    h(
      'button',
      { type: 'button', class: 'close', id: 'details-close', 'aria-label': t('close'), onclick: parts.onCloseDetails },
      '×',
    ),
    pathBox,
    detailsBody,
  );
  const attribution = h('footer', { class: 'attribution', id: 'attribution' });
  const announcer = h('div', { class: 'sr-only', id: 'announcer', 'aria-live': 'polite' });
  const help = h('p', { class: 'help', id: 'keyboard-help' });
  const stage = h('main', { class: 'stage', id: 'stage' }, canvasHost, panelHost, status, guideHost);
  const body = h('div', { class: 'body' }, controlsHost, stage, details);
  root.replaceChildren(
    skipLink,
    h('header', { class: 'top' }, h('h1', {}, h('a', { href: '/' }, 'Побратим')), parts.search, copyButton, langButton),
    tabsNav,
    body,
    attribution,
    announcer,
  );
  controlsHost.append(legendHost, help);
  return {
    body,
    langButton,
    copyButton,
    skipLink,
    guideHost,
    tablist,
    tabsNav,
    canvasHost,
    panelHost,
    status,
    controlsHost,
    legendHost,
    details,
    detailsBody,
    pathBox,
    attribution,
    announcer,
    help,
  };
}

export type Page = ReturnType<typeof buildPage>;
