// Starting the local Neo4j fails with one clear line when something outside the code is wrong.
import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { LocalNeo4jError, startLocalNeo4j } from '../../neo4j/local-neo4j.ts';

const path = process.env.PATH;
afterEach(() => {
  process.env.PATH = path;
});

describe('local Neo4j start-up errors', () => {
  it('a busy port says which and what to do', async () => {
    const blocker = createServer().listen(0, '127.0.0.1');
    await new Promise((r) => blocker.once('listening', r));
    const port = (blocker.address() as { port: number }).port;
    try {
      const err = await startLocalNeo4j({ port, home: '.data/never-used' }).catch((e) => e);
      expect(err).toBeInstanceOf(LocalNeo4jError);
      expect(err.message).toMatch(new RegExp(`^Port ${port} is busy: .*NEO4J_BOLT_PORT.*NEO4J_URI`));
      expect(err.message.split('\n')).toHaveLength(1);
    } finally {
      blocker.close();
    }
  });

  it('a missing Java says how to install it or use NEO4J_URI', async () => {
    process.env.PATH = '/nonexistent';
    const err = await startLocalNeo4j({ port: 1, home: '.data/never-used' }).catch((e) => e);
    expect(err).toBeInstanceOf(LocalNeo4jError);
    expect(err.message).toMatch(/^Java is missing: .*NEO4J_URI/);
  });
});
