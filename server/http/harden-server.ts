// The HTTP server's own limits against slow and greedy clients, set on the Server `npm start` listens with:
// headers must arrive within HTTP_HEADERS_TIMEOUT_MS and the whole request (body included) within
// HTTP_REQUEST_TIMEOUT_MS, checked every second (Node's defaults: 60 s and 300 s, checked every 30 s — a slow
// body stayed open for minutes); a connection with no traffic at all for HTTP_IDLE_TIMEOUT_MS is closed (a
// reader that stopped reading an export); and one client (IP) holds at most HTTP_MAX_CONNECTIONS_PER_CLIENT
// connections: the next is answered 429 and closed.
import type { Server } from 'node:http';
import type { Socket } from 'node:net';
import type { Env } from '../config.ts';

export type ServerLimits = Pick<
  Env,
  'HTTP_HEADERS_TIMEOUT_MS' | 'HTTP_REQUEST_TIMEOUT_MS' | 'HTTP_IDLE_TIMEOUT_MS' | 'HTTP_MAX_CONNECTIONS_PER_CLIENT'
>;

const TOO_MANY = JSON.stringify({
  error: {
    code: 'too_many_connections',
    message: 'Too many connections from this client at once; close some and try again',
  },
});
const TOO_MANY_RESPONSE = `HTTP/1.1 429 Too Many Requests\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(TOO_MANY)}\r\nRetry-After: 5\r\nConnection: close\r\n\r\n${TOO_MANY}`;

/** Call before the server's 'listening' event (right after listen() is fine): the checking interval starts then. */
export function hardenServer(server: Server, limits: ServerLimits): void {
  server.headersTimeout = limits.HTTP_HEADERS_TIMEOUT_MS;
  server.requestTimeout = limits.HTTP_REQUEST_TIMEOUT_MS;
  // A public property of http.Server read when it starts listening (missing from @types/node 20).
  (server as Server & { connectionsCheckingInterval: number }).connectionsCheckingInterval = Math.min(
    1000,
    limits.HTTP_HEADERS_TIMEOUT_MS,
  );
  server.timeout = limits.HTTP_IDLE_TIMEOUT_MS;
  const perClient = new Map<string, number>();
  server.on('connection', (socket: Socket) => {
    const key = socket.remoteAddress ?? 'unknown';
    const open = perClient.get(key) ?? 0;
    if (open >= limits.HTTP_MAX_CONNECTIONS_PER_CLIENT) {
      socket.end(TOO_MANY_RESPONSE);
      socket.destroySoon();
      return;
    }
    perClient.set(key, open + 1);
    socket.once('close', () => {
      const left = (perClient.get(key) ?? 1) - 1;
      if (left > 0) perClient.set(key, left);
      else perClient.delete(key);
    });
  });
}
