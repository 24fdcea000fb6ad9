// piscina's entry for the embeds' layout thread: TypeScript through tsx's loader (as the graph bodies' thread loads
// its own), then embed-layout-worker.ts's function.
import { register } from 'tsx/esm/api';

register();
const { default: layout } = await import('./embed-layout-worker.ts');
export default layout;
