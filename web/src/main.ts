// Entry of the explorer page, kept tiny: it starts the world graph's request (shell/world-request.ts: a graph
// worker fetches, unpacks and checks it) and only then loads the explorer itself (start.ts) as a separate chunk.
// The page's first task is then a few milliseconds, so the worker starts at once and downloads while the
// explorer's ~0.4 MB of modules are fetched and evaluated, instead of waiting for their one long evaluation.
import './style.css';
import { prefetchWorld } from './shell/world-request.ts';

prefetchWorld();
// The API client with zod and every response schema first, in a task of its own: built at import, they were the
// largest part of one long evaluation of the whole explorer (docs/explorer-loading.md).
await import('./api/client.ts');
await import('./start.ts');
