// Entry of the explorer page. Other modules add tabs through `registerTab` (see shell/tabs.ts) before or after start.
import './style.css';
import { startExplorer } from './shell/app.ts';
import { registerTab } from './shell/tabs.ts';
import { exposeExplorer } from './testing/explorer-handle.ts';

// The researchers' Cypher console (web/console) as a tab; its editor is loaded only when the tab is first opened.
registerTab({
  id: 'console',
  label: { ru: 'Cypher', en: 'Cypher' },
  order: 50,
  mount: (el) => {
    el.classList.add('console-sheet');
    void import('../console/mount.ts').then(({ mountConsole }) => mountConsole(el));
  },
});

// A typed handle for the end-to-end tests and the benchmark (read-only use).
exposeExplorer(await startExplorer(document.querySelector<HTMLElement>('#app')!));
