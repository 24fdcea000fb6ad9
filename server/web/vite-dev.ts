// `npm run dev`: the explorer served by Vite in middleware mode inside the same Express app, so /api stays on
// the same origin and the page reloads hot. HMR rides on the app's own HTTP server (no extra port to collide).
import type { Server } from 'node:http';
import { resolve } from 'node:path';
import type { RequestHandler } from 'express';
import type { ViteDevServer } from 'vite';

export interface ViteDev {
  handler: RequestHandler;
  /** Starts Vite once the HTTP server exists (HMR attaches to it). */
  attach(server: Server): Promise<void>;
  close(): Promise<void>;
}

export function viteDev(): ViteDev {
  let vite: ViteDevServer | null = null;
  return {
    handler: (req, res, next) =>
      vite ? vite.middlewares(req, res, next) : res.status(503).type('text/plain').send('Vite is starting…'),
    async attach(server) {
      const { createServer } = await import('vite');
      vite = await createServer({
        configFile: resolve(import.meta.dirname, '../../vite.config.ts'),
        server: { middlewareMode: true, hmr: { server } },
        appType: 'mpa',
      });
    },
    async close() {
      await vite?.close();
    },
  };
}
