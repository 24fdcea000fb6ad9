// Commit numbers read from real Neo4j 5.26 bookmarks (one-byte and two-byte transaction numbers); anything else
// is not guessed at.
import { describe, expect, it } from 'vitest';
import { commitOf } from '../../server/db/commit-marker.ts';

describe('commitOf', () => {
  it('reads the database and the transaction number of a bookmark', () => {
    expect(commitOf('FB:kcwQMoRRPnl9QES4wMw0tCctpFuQ')).toEqual({
      database: '3284513e797d4044b8c0cc34b4272da4',
      tx: 91n,
    });
    expect(commitOf('FB:kcwQMoRRPnl9QES4wMw0tCctpFyQ')?.tx).toBe(92n);
    expect(commitOf('FB:kcwQMoRRPnl9QES4wMw0tCctpMkAgJA=')?.tx).toBe(128n);
    expect(commitOf('FB:kcwQMoRRPnl9QES4wMw0tCctpMkBhpA=')?.tx).toBe(390n);
  });

  it('gives undefined for what it does not know', () => {
    for (const b of ['', 'neo4j:bookmark:v1:tx42', 'FB:', 'FB:kcwQ', 'FB:kcwQMoRRPnl9QES4wMw0tCctpFuRkA==', 'FB:!!!'])
      expect(commitOf(b)).toBeUndefined();
  });
});
