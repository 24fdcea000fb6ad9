// The found shortest path, step by step: each tie's kind and date, and the agreements behind it.
import type { Path } from '../../../core/schemas/path.schema.ts';
import { kindName, tr } from '../i18n/strings.ts';
import { nodeName } from '../model/graph-model.ts';
import type { Lang } from '../../../core/view/view-state.ts';
import { h } from './dom.ts';

export function renderPath(path: Path, lang: Lang): HTMLElement[] {
  const t = (k: Parameters<typeof tr>[1]) => tr(lang, k);
  return [
    h('h2', {}, `${t('path')}: ${path.found ? path.length : '—'}`),
    path.found
      ? h(
          'ol',
          { class: 'path-steps' },
          path.steps.map((st) => {
            const a = path.cities.find((c) => c.id === st.from);
            const b = path.cities.find((c) => c.id === st.to);
            return h(
              'li',
              {},
              `${a ? nodeName(a, lang) : st.from} — ${b ? nodeName(b, lang) : st.to}: ${kindName(lang, st.tie.kind)}, ${st.tie.date ?? t('noDate')}`,
              st.agreements.length
                ? ` (${st.agreements.map((ag) => [kindName(lang, ag.kind), ag.date].filter(Boolean).join(' ')).join('; ')})`
                : '',
            );
          }),
        )
      : h('p', {}, t('pathNone')),
  ];
}
