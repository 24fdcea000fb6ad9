// Parses request input with a zod schema; a failure becomes a 400 that names the offending field(s).
import type { z } from 'zod';
import { BadRequestError } from '../errors/errors.ts';

export function parseInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
  where: 'query' | 'path' | 'body',
): z.output<S> {
  const result = schema.safeParse(input ?? {});
  if (result.success) return result.data;
  const fields = result.error.issues.map((i) => ({ field: i.path.join('.') || where, message: i.message }));
  const first = fields[0]!;
  throw new BadRequestError(`Invalid ${where} parameter "${first.field}": ${first.message}`, { fields });
}
