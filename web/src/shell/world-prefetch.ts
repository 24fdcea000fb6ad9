// Imported first by the entry module (main.ts): starts the world graph's request before the explorer's own modules
// are evaluated (shell/world-request.ts).
import { prefetchWorld } from './world-request.ts';

prefetchWorld();
