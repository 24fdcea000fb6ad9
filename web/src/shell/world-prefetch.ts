// Imported first by the entry module (main.ts): starts the world graph's request before the explorer's own modules
// are evaluated (shell/fetch-world.ts, prefetchWorld).
import { prefetchWorld } from './fetch-world.ts';

prefetchWorld();
