// untilAborted (server/http/until-aborted.ts): a body read that never settles still ends when its signal aborts.
import { describe, expect, it } from 'vitest';
import { untilAborted } from '../../server/http/until-aborted.ts';

describe('untilAborted', () => {
  it('passes a read through, and rejects when the signal aborts first or had already', async () => {
    expect(await untilAborted(new AbortController().signal, Promise.resolve('body'))).toBe('body');
    const c = new AbortController();
    const never = untilAborted(c.signal, new Promise<string>(() => {}));
    c.abort();
    await expect(never).rejects.toThrow();
    await expect(untilAborted(c.signal, new Promise(() => {}))).rejects.toThrow();
  });
});
