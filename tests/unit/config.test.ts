// Process configuration from the environment (server/config.ts).
import { describe, expect, it } from 'vitest';
import { readEnv } from '../../server/config.ts';

describe('configuration', () => {
  it('has defaults and names a bad variable', () => {
    expect(readEnv({})).toMatchObject({ PORT: 8080, NEO4J_BOLT_PORT: 7687, SEED: 'auto' });
    expect(() => readEnv({ PORT: 'eighty' })).toThrow('PORT');
  });
});
