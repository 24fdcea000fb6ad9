// piscina's entry for the graph bodies' thread: TypeScript through tsx's loader (as the console's and the analytics'
// threads load theirs), then graph-body-worker.ts's function.
import { register } from 'tsx/esm/api';

register();
const { default: graphBody } = await import('./graph-body-worker.ts');
export default graphBody;
