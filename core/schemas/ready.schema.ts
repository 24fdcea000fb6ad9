// Readiness: the graph can be served (schema and curated seed are in); the world network may still be importing.
import { z } from 'zod';

export const WorldImportStateSchema = z.enum(['importing', 'imported', 'skipped', 'failed']).meta({
  description:
    'importing: the curated graph answers, the world network is still being added; skipped: WORLD=never, SEED=never, or not run by this process',
});
export type WorldImportState = z.infer<typeof WorldImportStateSchema>;

export const ReadySchema = z
  .object({
    status: z.literal('ready'),
    world: WorldImportStateSchema,
  })
  .meta({ id: 'Ready' });
export type Ready = z.infer<typeof ReadySchema>;
