// The explorer page, loaded by the entry (main.ts) once the world graph's request has started. Other modules add
// tabs through `registerTab` (see shell/tabs.ts) before or after start.
import { startExplorer } from './shell/app.ts';
import { registerTab } from './shell/tabs.ts';
import { exposeExplorer } from './testing/explorer-handle.ts';
import type { ConsoleHandle } from '../console/mount.ts';

// The researchers' Cypher console (web/console) as a tab; its editor is loaded only when the tab is first opened.
// It speaks the explorer's language (remounted, keeping the query, when that changes) and wears its dark look;
// the explorer's year and filter sidebar, which does not apply to a query, is hidden meanwhile (`sidebar: false`).
registerTab({
  id: 'console',
  label: { ru: 'Cypher', en: 'Cypher' },
  order: 50,
  sidebar: false,
  mount: (el, ctx) => {
    el.classList.add('console-sheet');
    let lang = ctx.lang();
    let handle: ConsoleHandle | undefined;
    const mount = (keep?: { query: string; params: string }) =>
      import('../console/mount.ts').then(({ mountConsole }) => {
        handle = mountConsole(el, { lang, theme: 'dark' });
        if (keep) handle.setQuery(keep.query, keep.params);
      });
    void mount();
    return (next) => {
      if (next.lang() === lang || !handle) return;
      lang = next.lang();
      const keep = handle.current();
      handle.destroy();
      void mount(keep);
    };
  },
});

// A typed handle for the end-to-end tests and the benchmark (read-only use).
exposeExplorer(await startExplorer(document.querySelector<HTMLElement>('#app')!));
