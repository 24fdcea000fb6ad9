// Liveness and database reachability.
import { z } from 'zod';

export const HealthSchema = z
  .object({
    status: z.literal('ok'),
    database: z.object({
      name: z.string(),
      version: z.string(),
      edition: z.string(),
      answeredMsAgo: z.number().meta({
        description:
          "How long ago the database last answered: 0 when it answered this request's own query, else the age of the watchdog's last ping (used when that query takes over 100 ms and the ping is under 2.5 s old)",
      }),
    }),
    uptimeSeconds: z.number(),
  })
  .meta({ id: 'Health' });
export type Health = z.infer<typeof HealthSchema>;
