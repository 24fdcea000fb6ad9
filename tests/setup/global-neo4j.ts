// Test-run setup: the real Neo4j. With NEO4J_URI unset it starts the local Neo4j on a test port with a fresh
// data folder (never the one `npm start` uses); with NEO4J_URI set it uses that (a disposable database!).
// Either way the schema and the curated seed are loaded once, and the URI is provided to the test files, with
// the web front end built once (vite) for the tests that serve pages.
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { startLocalNeo4j, type LocalNeo4j } from '../../neo4j/local-neo4j.ts';
import { applySchema } from '../../server/db/apply-schema.ts';
import { Database } from '../../server/db/database.ts';
import { loadSeed } from '../../server/seed/load-seed.ts';
import { readSeed } from '../../server/seed/read-seed.ts';

declare module 'vitest' {
  interface ProvidedContext {
    neo4j: { uri: string; user: string; password: string; database: string | undefined };
    /** The web front end, built once per run for every test that serves pages. */
    webRoot: string;
  }
}

interface Shared {
  conn: { uri: string; user: string; password: string; database: string | undefined };
  webRoot: string;
  stop: () => Promise<void>;
}

// Every lane that needs Neo4j names this setup, and vitest runs it once per such lane in the one main process:
// the first run starts Neo4j and builds the web, later ones reuse them, and the last teardown stops Neo4j.
const shared = globalThis as typeof globalThis & { pobratimTestNeo4j?: { ready: Promise<Shared>; users: number } };

async function start(): Promise<Shared> {
  let local: LocalNeo4j | undefined;
  let uri = process.env.NEO4J_URI;
  if (!uri) {
    const home = resolve('.data/neo4j-test');
    rmSync(home, { recursive: true, force: true });
    local = await startLocalNeo4j({ port: Number(process.env.NEO4J_TEST_BOLT_PORT ?? 7688), home, heap: '1g' });
    uri = local.uri;
  }
  const conn = {
    uri,
    user: process.env.NEO4J_USER ?? 'neo4j',
    password: process.env.NEO4J_PASSWORD ?? '',
    database: process.env.NEO4J_DATABASE || undefined,
  };
  const db = new Database(conn);
  try {
    await applySchema(db);
    await loadSeed(db, readSeed());
  } finally {
    await db.close();
  }
  const webRoot = resolve('.data/test-web');
  await build({
    configFile: resolve('vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: webRoot, emptyOutDir: true, sourcemap: false },
  });
  return {
    conn,
    webRoot,
    stop: async () => {
      await local?.stop();
    },
  };
}

export default async function setup(project: TestProject) {
  const state = (shared.pobratimTestNeo4j ??= { ready: start(), users: 0 });
  state.users++;
  const { conn, webRoot, stop } = await state.ready;
  project.provide('neo4j', conn);
  project.provide('webRoot', webRoot);
  return async () => {
    if (--state.users > 0) return;
    shared.pobratimTestNeo4j = undefined;
    await stop();
  };
}
