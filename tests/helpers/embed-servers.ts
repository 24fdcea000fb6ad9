// For the embed's browser tests and benchmark: the built web front end (vite build into its own folder), the
// real app serving it against a database, and a host page on ANOTHER origin (port) holding the embed snippet.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inject } from 'vitest';
import { createApp } from '../../server/app.ts';
import type { Database } from '../../server/db/database.ts';

/** The web front end the test setup built once for this run. */
export async function buildWeb(): Promise<string> {
  return inject('webRoot');
}

export interface Served {
  url: string;
  close(): Promise<void>;
}

async function listen(server: Server, port: number): Promise<Served> {
  server.listen(port, '127.0.0.1');
  await new Promise<void>((res, rej) => {
    server.once('listening', () => res());
    server.once('error', rej);
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    async close() {
      server.closeAllConnections();
      await new Promise((res) => server.close(res));
    },
  };
}

export function serveApp(db: Database, webRoot: string, responseCacheMb?: number): Promise<Served> {
  return listen(createServer(createApp({ db, webRoot, responseCacheMb })), 0);
}

/** Serves fixed pages by path; port from EMBED_E2E_HOST_PORT, else an ephemeral one. */
export function serveHostPages(
  pages: Record<string, string>,
  port = Number(process.env.EMBED_E2E_HOST_PORT ?? 0),
): Promise<Served> {
  return listen(
    createServer((req, res) => {
      if (req.url === '/favicon.ico') return void res.writeHead(204).end();
      const page = pages[req.url ?? '/'];
      res.writeHead(page ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' }).end(page ?? 'not found');
    }),
    port,
  );
}

export function articlePage(title: string, snippet: string): string {
  const filler = '<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p>'.repeat(20);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body style="font-family:sans-serif;max-width:720px;margin:20px auto"><h1>${title}</h1><p>An article with an embedded graph.</p>${snippet}${filler}</body></html>`;
}
