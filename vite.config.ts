// The web front end: Vite builds web/*.html entries into dist/web, which the Express server serves.
// `npm run dev` runs Vite in middleware mode inside the same Express app (hot reload, same origin for /api).
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

export default defineConfig({
  root: resolve(import.meta.dirname, 'web'),
  base: '/',
  build: {
    outDir: resolve(import.meta.dirname, 'dist/web'),
    emptyOutDir: true,
    sourcemap: true,
    rollupOptions: {
      input: {
        index: resolve(import.meta.dirname, 'web/index.html'),
        console: resolve(import.meta.dirname, 'web/console.html'),
        embed: resolve(import.meta.dirname, 'web/embed.html'),
        'embed-dialog': resolve(import.meta.dirname, 'web/embed-dialog.html'),
      },
    },
  },
  worker: { format: 'es' },
});
