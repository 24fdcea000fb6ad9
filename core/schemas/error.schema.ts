// The one error shape of the API: every 4xx/5xx body is `{ error: { code, message, details? } }`.
import { z } from 'zod';

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string().meta({ example: 'bad_request' }),
      message: z.string(),
      details: z.unknown().optional(),
    }),
  })
  .meta({ id: 'Error' });
export type ErrorBody = z.infer<typeof ErrorSchema>;
