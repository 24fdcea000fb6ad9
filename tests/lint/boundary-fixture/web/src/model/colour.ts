// Breaks web-flow-model (model imports render, downstream) and, with render/paint.ts, no-folder-cycles.
import { paint } from '../render/paint.ts';

export const colour = paint('red');
