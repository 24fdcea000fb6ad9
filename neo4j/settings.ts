// Settings of the embedded local Neo4j from the environment (used when NEO4J_URI is unset). Here, not in the
// server's config, so `npm run db` and the test setup start Neo4j without importing the server.
import { resolve } from 'node:path';
import { z } from 'zod';

/** The variables of the local Neo4j; server/config.ts takes them into its own environment schema. */
export const localNeo4jEnvShape = {
  NEO4J_PASSWORD: z.string().default(''),
  NEO4J_BOLT_PORT: z.coerce.number().int().min(1).max(65535).default(7687),
  NEO4J_DATA_DIR: z.string().default('.data/neo4j'),
  NEO4J_HEAP: z
    .string()
    .regex(/^\d+[kmg]$/i)
    .default('1g'),
};
const localNeo4jEnvSchema = z.object(localNeo4jEnvShape);
export type LocalNeo4jEnv = z.infer<typeof localNeo4jEnvSchema>;

export function readLocalNeo4jEnv(env: NodeJS.ProcessEnv = process.env): LocalNeo4jEnv {
  return localNeo4jEnvSchema.parse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
}

export function localNeo4jSettings(env: LocalNeo4jEnv = readLocalNeo4jEnv()) {
  return {
    port: env.NEO4J_BOLT_PORT,
    home: resolve(env.NEO4J_DATA_DIR),
    heap: env.NEO4J_HEAP,
    password: env.NEO4J_PASSWORD || undefined,
  };
}
