// Entry of the explorer page. Other modules add tabs through `registerTab` (see shell/tabs.ts) before or after start.
import './style.css';
import { startExplorer } from './shell/app.ts';

const explorer = await startExplorer(document.querySelector<HTMLElement>('#app')!);
// A handle for the end-to-end tests and the benchmark (read-only use).
(window as unknown as { explorer: typeof explorer }).explorer = explorer;
