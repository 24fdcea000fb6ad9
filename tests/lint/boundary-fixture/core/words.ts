// Breaks core-is-isomorphic three ways: a node: module, the server, the browser code.
import { EOL } from 'node:os';
import { port } from '../server/port.ts';
import { colour } from '../web/src/model/colour.ts';

export const words = `${port}${EOL}${colour}`;
