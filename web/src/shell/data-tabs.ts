// The explorer's own tabs: the network and the map (canvas tabs), the forums, and the table of the ties shown.
import type { GraphModel } from '../model/graph-model.ts';
import type { Visible } from '../model/visibility.ts';
import { api } from '../api/client.ts';
import { tr } from '../i18n/strings.ts';
import { sourceTitle } from '../../../core/text/source-title.ts';
import type { Store } from '../state/store.ts';
import { h } from '../views/dom.ts';
import { renderForums } from '../views/forums-view.ts';
import { loadWorldAtlas, type WorldTopology } from '../render/world-atlas.ts';
import { filterRows, renderTable, type TableState } from '../views/table-view.ts';
import type { ForumList, Selectors } from './selectors.ts';
import { registerTab, type TabContext } from './tabs.ts';

export function registerBuiltinTabs(): void {
  registerTab({ id: 'network', label: { ru: 'Сеть', en: 'Network' }, canvas: 'network', order: 10 });
  registerTab({ id: 'map', label: { ru: 'Карта', en: 'Map' }, canvas: 'map', order: 20 });
}

export interface DataTabDeps {
  store: Store;
  selectors: Selectors;
  model(): GraphModel | null;
  visible(): Visible | null;
  forums(): ForumList | null;
  openForum(id: string): void;
}

export function registerDataTabs({ store, selectors, model, visible, forums, openForum }: DataTabDeps): void {
  registerTab({
    id: 'forums',
    label: { ru: 'Форумы', en: 'Forums' },
    order: 30,
    mount: (el) => {
      // The hosts' map needs the world's shapes, loaded when the tab is first opened (render/world-atlas.ts).
      let topo: WorldTopology | undefined;
      let last: TabContext | undefined;
      const update = (ctx: TabContext) => {
        last = ctx;
        const list = forums();
        if (list && topo)
          el.replaceChildren(
            renderForums(list, ctx.lang(), ctx.store.state.year, ctx.store.state.undated, openForum, topo),
          );
      };
      void loadWorldAtlas().then((t) => {
        topo = t;
        if (last) update(last);
      });
      return update;
    },
  });
  registerTab({
    id: 'table',
    label: { ru: 'Таблица', en: 'Table' },
    order: 40,
    mount: (el, tabCtx) => {
      // The filter box is built once (typing must keep its focus); the page below it is redrawn.
      const filter = h('input', { type: 'search', id: 'table-filter' });
      const body = h('div', {});
      el.replaceChildren(h('div', { class: 'table-view' }, filter, body));
      const change = (table: Partial<TableState>) => store.dispatch({ type: 'table', table });
      // Source titles for the links, fetched once when the table is first shown (a few dozen sources).
      const titles = new Map<string, string>();
      api
        .sources()
        .then((r) => {
          for (const s of r.sources) titles.set(s.id, sourceTitle(s));
          update(tabCtx);
        })
        .catch(() => undefined); // the ids stay as the links' text
      const update = (ctx: TabContext) => {
        const m = model();
        const v = visible();
        if (!m || !v) return;
        const lang = ctx.lang();
        const table = store.panel.table;
        filter.placeholder = tr(lang, 'filterTable');
        filter.setAttribute('aria-label', tr(lang, 'filterTable'));
        const rows = selectors.tableRows(m, v, lang, table.sort.key, table.sort.desc);
        body.replaceChildren(
          renderTable(
            m,
            filterRows(rows, table.query),
            rows.length,
            lang,
            table,
            {
              sort: (key) =>
                change({ sort: { key, desc: table.sort.key === key ? !table.sort.desc : false }, page: 0 }),
              page: (page) => change({ page }),
              select: (id) => store.dispatch({ type: 'select', id }),
            },
            titles,
          ),
        );
      };
      filter.addEventListener('input', () => change({ query: filter.value, page: 0 }));
      store.subscribePanel((p, prev) => p.table !== prev.table && update(tabCtx));
      return update;
    },
  });
}
