// Breaks web-not-server, and closes the model ↔ render folder cycle.
import type { Palette } from '../model/palette.ts';
import { port } from '../../../server/port.ts';

export const paint = (c: string): Palette => `${c}${port}`;
