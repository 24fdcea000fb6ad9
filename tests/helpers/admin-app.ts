// An app with imports enabled (the admin token set), for the test files that write the world network into the
// shared test database; after the file, the curated-only graph the other files expect is restored.
import { afterAll, beforeAll } from 'vitest';
import { restoreCuratedGraph } from './graph-checksum.ts';
import { startTestApp, testDatabase, type TestApp } from './test-app.ts';

export const ADMIN_TOKEN = 'test-admin-token-0123456789';

/** Registers the file's beforeAll/afterAll; read `.app` inside tests. */
export function useAdminApp(): { readonly app: TestApp } {
  const ref = {} as { app: TestApp };
  beforeAll(async () => {
    ref.app = await startTestApp(testDatabase(), { adminToken: ADMIN_TOKEN });
  });
  afterAll(async () => {
    await restoreCuratedGraph(ref.app.db);
    await ref.app.close();
  }, 240_000);
  return ref;
}
