// `kill -9` of the local Neo4j JVM while the world import's write transaction is open: the import is one
// transaction, so Neo4j's recovery rolls it back, the supervisor restarts the JVM, prepareDatabase retries, and the
// graph ends up equal (checksum) to a clean import done first in the same test on the same database.
import { describe, afterEach, expect, it } from 'vitest';
import { pino } from 'pino';
import { prepareDatabase } from '../../server/startup/prepare-database.ts';
import { cypher } from '../../server/db/cypher-files.ts';
import { graphChecksum } from '../helpers/graph-checksum.ts';
import { alive, startFaultApp, until, type FaultApp } from './fault-app.ts';

const boltPort = Number(process.env.FAULT_IMPORT_BOLT_PORT ?? 7734);
let app: FaultApp | undefined;

afterEach(async () => {
  await app?.close();
  app = undefined;
});

async function emptyGraph(app: FaultApp) {
  const session = app.conn.db.driver.session({ database: app.conn.db.database });
  try {
    await session.run(cypher('delete-everything'));
  } finally {
    await session.close();
  }
}

describe('the database JVM killed during the world import', () => {
  it('restarts and the retried import yields the same graph as a clean one', async () => {
    app = await startFaultApp('import', boltPort, { world: 'auto', heap: '1g' });
    await app.preparing.done;
    expect(app.preparing.readiness().world).toBe('imported');
    const clean = await graphChecksum(app.conn.db);

    await emptyGraph(app);
    const log: string[] = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => void log.push(JSON.parse(line).msg) });
    const again = prepareDatabase(app.conn.db, { seed: 'auto', world: 'auto', logger, retryMs: 500 });
    // The curated seed is in (it writes with UNWIND $rows too) and one of the import's batches is running.
    const importing = async () =>
      again.readiness().seeded &&
      (await app!.conn.db.read<{ query: string }>('list-transaction-queries', {}, 5_000)).some((r) =>
        /UNWIND \$rows/.test(r.query),
      );
    expect(await until(importing, 120_000, 50), log.join('\n')).toBe(true);
    expect(again.readiness().world).toBe('importing');
    const pid = app.jvmPid();
    process.kill(pid, 'SIGKILL');
    expect(await until(() => !alive(pid), 10_000)).toBe(true);

    await again.done;
    expect(again.readiness().world).toBe('imported');
    expect(app.conn.supervisor?.restarts).toBe(1);
    expect(log.join('\n')).toMatch(/Database unreachable; retrying/);
    expect(await graphChecksum(app.conn.db)).toEqual(clean);
  }, 400_000);
});
