// The console's calls to the API, answers parsed with the server's own zod schemas (jitless: CSP has no eval).
import { z } from 'zod';
import {
  CypherResultSchema,
  CypherSchemaInfoSchema,
  type CypherResult,
  type CypherSchemaInfo,
} from '../../core/schemas/cypher-console.schema.ts';

z.config({ jitless: true });

/** A refusal or failure, with the API's code and plain-words message. */
export class ConsoleApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

async function answer<T>(res: Response, schema: z.ZodType<T>): Promise<T> {
  const body = await res.json().catch(() => undefined);
  if (!res.ok) {
    const e = (body as { error?: { code?: string; message?: string; details?: unknown } } | undefined)?.error;
    throw new ConsoleApiError(
      res.status,
      e?.code ?? 'http_error',
      e?.message ?? `The server answered ${res.status}`,
      e?.details,
    );
  }
  return schema.parse(body);
}

export async function runCypher(
  apiBase: string,
  query: string,
  params: Record<string, unknown>,
  signal?: AbortSignal,
): Promise<CypherResult> {
  const res = await fetch(`${apiBase}/cypher`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, params }),
    signal,
  });
  return answer(res, CypherResultSchema);
}

export async function fetchSchema(apiBase: string): Promise<CypherSchemaInfo> {
  return answer(await fetch(`${apiBase}/cypher/schema`), CypherSchemaInfoSchema);
}
