// Reads seed/data/*.json and validates the whole curated seed with zod before anything is written.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SeedSchema, type Seed } from './seed.schema.ts';

export const seedDataDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'seed', 'data');

const files = ['sources', 'countries', 'cities', 'bodies', 'agreements', 'forums', 'organisations', 'people', 'delegations', 'investments'] as const;

export class SeedValidationError extends Error {
  constructor(readonly issues: string[]) {
    super(`The seed is invalid (nothing was written):\n  ${issues.join('\n  ')}`);
  }
}

export function readSeed(dir = seedDataDir): Seed {
  const raw: Record<string, unknown> = {};
  for (const f of files) raw[f] = JSON.parse(readFileSync(join(dir, `${f}.json`), 'utf8'));
  const parsed = SeedSchema.safeParse(raw);
  if (!parsed.success) {
    throw new SeedValidationError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  return parsed.data;
}
