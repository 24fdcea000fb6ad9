// Breaks server-not-web.
import { colour } from '../web/src/model/colour.ts';

export const port = colour.length;
