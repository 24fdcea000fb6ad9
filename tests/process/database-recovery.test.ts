// The database going away and coming back: /api/health answers 503 meanwhile, the server keeps running,
// and it recovers by itself. Uses its own local Neo4j (port 7699) so the shared test database is untouched;
// that one runs with authentication on, so the test also proves the local password setting.
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import neo4jDriver from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { startLocalNeo4j, type LocalNeo4j } from '../../neo4j/local-neo4j.ts';
import { Database } from '../../server/db/database.ts';
import { startTestApp, type TestApp } from '../helpers/test-app.ts';

const port = Number(process.env.NEO4J_RECOVERY_BOLT_PORT ?? 7699);
const home = resolve('.data/neo4j-recovery-test');
const password = 'recovery-test-secret';
let neo4j: LocalNeo4j | undefined;
let app: TestApp | undefined;

afterAll(async () => {
  await app?.close();
  await neo4j?.stop();
});

async function until(check: () => Promise<boolean>, ms: number) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

describe('database outage', () => {
  it('answers 503 while Neo4j is down and recovers when it is back', async () => {
    rmSync(home, { recursive: true, force: true });
    neo4j = await startLocalNeo4j({ port, home, heap: '512m', password });
    const anonymous = neo4jDriver.driver(neo4j.uri);
    await expect(anonymous.executeQuery('RETURN 1')).rejects.toThrow(/auth/i);
    await anonymous.close();
    app = await startTestApp(new Database({ uri: neo4j.uri, user: 'neo4j', password }));
    expect((await app.get('/api/health')).status).toBe(200);

    await neo4j.stop();
    const down = await app.get('/api/health');
    expect(down.status).toBe(503);
    expect(down.body.error.code).toBe('database_unavailable');
    const data = await app.get('/api/cities?q=Kaluga');
    expect(data.status).toBe(503);

    neo4j = await startLocalNeo4j({ port, home, heap: '512m', password });
    expect(await until(async () => (await app!.get('/api/health')).status === 200, 30_000)).toBe(true);
    expect((await app.get('/api/cities?q=Kaluga')).status).toBe(200);
  }, 300_000);
});
