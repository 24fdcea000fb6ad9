// The Analytics tab (docs/analytics.md): GET /api/analytics for the view's filters, shown as a table with a line
// per figure and the log–log degree plot; fetched again only when the filters change.
import { api } from '../api/client.ts';
import { aw } from '../i18n/analytics-strings.ts';
import { cw } from '../i18n/country-strings.ts';
import { tr } from '../i18n/strings.ts';
import { currentYear, type ViewState } from '../../../core/view/view-state.ts';
import { analyticsCsv, figureRows, renderAnalytics } from '../views/analytics-view.ts';
import { h } from '../views/dom.ts';
import { download } from '../views/download.ts';
import { registerTab } from './tabs.ts';

/** The /api/graph filters of the view: countries, kinds, the year, undated ties, the focus. */
export function analyticsParams(s: ViewState): Record<string, string | number | undefined> {
  return {
    country: s.countries.join(',') || undefined,
    kind: s.kinds.join(',') || undefined,
    to: s.year < currentYear() ? s.year : undefined,
    undated: s.undated ? undefined : 'exclude',
    focus: s.focus ?? undefined,
    depth: s.focus ? s.depth : undefined,
  };
}

export function registerAnalyticsTab(): void {
  registerTab({
    id: 'analytics',
    label: { ru: aw('ru', 'analytics'), en: aw('en', 'analytics') },
    order: 45,
    mount: (el) => {
      let shownKey = '';
      let abort: AbortController | null = null;
      return (ctx) => {
        const lang = ctx.lang();
        const params = analyticsParams(ctx.store.state);
        const key = `${lang} ${JSON.stringify(params)}`;
        if (key === shownKey) return;
        shownKey = key;
        abort?.abort();
        abort = new AbortController();
        el.replaceChildren(h('p', { class: 'muted' }, tr(lang, 'loading')));
        api.analytics(params, abort.signal).then(
          (a) => {
            if (shownKey !== key) return;
            const save = (format: 'csv' | 'json') =>
              download(
                format === 'csv'
                  ? new Blob([analyticsCsv(figureRows(a, lang))], { type: 'text/csv' })
                  : new Blob([JSON.stringify(a, null, 2)], { type: 'application/json' }),
                `pobratim-analytics.${format}`,
              );
            el.replaceChildren(renderAnalytics(a, lang, save));
            // The ties between countries have a tab of their own (countries-tab.ts).
            el.append(
              h(
                'p',
                { class: 'countries-link' },
                h(
                  'button',
                  {
                    type: 'button',
                    class: 'link',
                    onclick: () => ctx.store.dispatch({ type: 'tab', tab: 'countries' }),
                  },
                  `${cw(lang, 'title')} →`,
                ),
              ),
            );
          },
          (e: Error) => {
            if (e.name === 'AbortError' || shownKey !== key) return;
            shownKey = '';
            el.replaceChildren(h('p', { class: 'error' }, `${tr(lang, 'loadError')}: ${e.message}`));
          },
        );
      };
    },
  });
}
