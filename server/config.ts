// Process configuration from the environment, validated once with zod (docs/configuration.md lists every variable).
import { z } from 'zod';
import { localNeo4jEnvShape } from '../neo4j/settings.ts';

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().default('127.0.0.1'),
  NEO4J_URI: z.string().optional(),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_DATABASE: z.string().optional(),
  ...localNeo4jEnvShape,
  SEED: z.enum(['auto', 'never']).default('auto'),
  WORLD: z.enum(['auto', 'never']).default('auto'),
  RESPONSE_CACHE_MB: z.coerce.number().min(0).max(4096).default(64),
  ADMIN_TOKEN: z.string().min(16, 'use at least 16 characters').optional(),
  SNAPSHOT_THREADS: z.coerce.number().int().min(1).max(64).default(2),
  SNAPSHOT_QUEUE: z.coerce.number().int().min(0).max(10_000).default(16),
  DIAGNOSTICS_EVERY_S: z.coerce.number().min(0).max(3600).default(0),
  /** Cities the start-up warm-up asks the per-city answers for (startup/warm-up.ts); 0 asks for none of them. */
  WARM_UP_CITIES: z.coerce.number().int().min(0).max(5000).default(200),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  // Hardening (docs/hardening-http.md).
  EXPORT_MAX_PER_CLIENT: z.coerce.number().int().min(1).max(1000).default(2),
  EXPORT_MAX_TOTAL: z.coerce.number().int().min(1).max(1000).default(8),
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  HSTS: z.enum(['auto', 'always', 'never']).default('auto'),
  TRUST_PROXY: z.string().optional(),
  HTTP_HEADERS_TIMEOUT_MS: z.coerce.number().int().min(1000).max(300_000).default(10_000),
  HTTP_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(1000).max(300_000).default(30_000),
  HTTP_IDLE_TIMEOUT_MS: z.coerce.number().int().min(1000).max(3_600_000).default(120_000),
  HTTP_MAX_CONNECTIONS_PER_CLIENT: z.coerce.number().int().min(1).max(10_000).default(64),
  STORY_MAX_KB: z.coerce.number().int().min(1).max(10_240).default(256),
  STORY_MAX_COUNT: z.coerce.number().int().min(0).default(10_000),
  STORY_MAX_TOTAL_MB: z.coerce.number().min(0).default(256),
});

export type Env = z.infer<typeof envSchema>;

export function readEnv(env: NodeJS.ProcessEnv = process.env): Env {
  const parsed = envSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`Bad environment variable ${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data;
}

export { localNeo4jSettings } from '../neo4j/settings.ts';
