// Entry of the explorer page, kept tiny: it starts the world graph's request (shell/world-request.ts: a graph
// worker fetches, unpacks and checks it) and only then loads the explorer itself (start.ts) as a separate chunk.
// The page's first task is then a few milliseconds, so the worker starts at once and downloads while the
// explorer's ~0.4 MB of modules are fetched and evaluated, instead of waiting for their one long evaluation.
import './style.css';
import { prefetchWorld } from './shell/world-request.ts';

prefetchWorld();
await import('./start.ts');
