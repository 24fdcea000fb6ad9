// Breaks neo4j-not-app.
import { port } from '../server/port.ts';

export const start = () => port;
