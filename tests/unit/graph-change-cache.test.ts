// The response cache's rules, with the commit marker given by the test: a hit while the marker stays, a
// recomputation when it moves, one computation for concurrent misses, failures never kept, a body built from
// another under one marker read.
import { describe, expect, test } from 'vitest';
import { GraphChangeCache } from '../../server/http/graph-change-cache.ts';

function cacheAt(marker: { now: string }, maxBytes?: number) {
  return new GraphChangeCache({ lastCommit: async () => marker.now }, maxBytes);
}

describe('GraphChangeCache', () => {
  test('keeps a body while the last commit stays, and recomputes it once the graph has changed', async () => {
    const marker = { now: 'tx1' };
    const cache = cacheAt(marker);
    let computed = 0;
    const compute = async () => `body ${++computed}`;
    expect(await cache.get('k', compute)).toBe('body 1');
    expect(await cache.get('k', compute)).toBe('body 1');
    expect(await cache.get('other', compute)).toBe('body 2');
    marker.now = 'tx2';
    expect(await cache.get('k', compute)).toBe('body 3');
    expect(await cache.get('k', compute)).toBe('body 3');
  });

  test('concurrent misses of one key share one computation', async () => {
    const cache = cacheAt({ now: 'tx1' });
    let computed = 0;
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const compute = async () => {
      computed++;
      await gate;
      return 'body';
    };
    const both = Promise.all([cache.get('k', compute), cache.get('k', compute)]);
    await new Promise((r) => setTimeout(r, 10));
    release();
    expect(await both).toEqual(['body', 'body']);
    expect(computed).toBe(1);
  });

  test('a body built from another cached body reads the marker once, and both are kept under it', async () => {
    let reads = 0;
    const cache = new GraphChangeCache({ lastCommit: async () => (reads++, 'tx1') });
    const svg = (at?: string) => cache.get('svg', async () => '<svg/>', at);
    expect(await cache.get('png', async (marker) => `png of ${await svg(marker)}`)).toBe('png of <svg/>');
    expect(reads).toBe(1);
    expect(await svg()).toBe('<svg/>'); // a hit: kept under the marker the PNG was built at
    expect(reads).toBe(2);
  });

  test('does not keep failures, nor bodies larger than its bound', async () => {
    const cache = cacheAt({ now: 'tx1' }, 10);
    await expect(
      cache.get('k', async () => {
        throw new Error('no such city');
      }),
    ).rejects.toThrow('no such city');
    expect(await cache.get('k', async () => 'fine')).toBe('fine');
    let computed = 0;
    const big = async () => `${++computed}`.padEnd(20, '.');
    await cache.get('big', big);
    await cache.get('big', big);
    expect(computed).toBe(2);
  });

  test('bounds the memory bodies hold: text at 2 bytes a character, bytes as they are', async () => {
    const cache = cacheAt({ now: 'tx1' }, 100);
    await cache.get('text', async () => 'Калуга'.padEnd(30, '.')); // 30 characters: 60 bytes
    await cache.get('png', async () => new Uint8Array(30));
    expect(cache.stats()).toEqual({ bytes: 90, entries: 2 });
    await cache.get('more', async () => new Uint8Array(30)); // 120 > 100: the least recently used goes
    expect(cache.stats()).toEqual({ bytes: 60, entries: 2 });
    let computed = 0;
    await cache.get('text', async () => `${++computed}`);
    expect(computed).toBe(1);
  });
});
