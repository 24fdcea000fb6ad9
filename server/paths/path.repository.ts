// The shortest chain of ties between two cities as Neo4j finds it (cypher/get-shortest-path.cypher).
import { z } from 'zod';
import type { Database } from '../db/database.ts';
import { CityRefSchema } from '../../core/schemas/city.schema.ts';
import { GraphLinkSchema } from '../../core/schemas/graph.schema.ts';

const Row = z.object({
  fromExists: z.boolean(),
  toExists: z.boolean(),
  cities: z.array(CityRefSchema),
  ties: z.array(GraphLinkSchema),
});
export type PathRow = z.infer<typeof Row>;

export class PathRepository {
  constructor(private readonly db: Database) {}

  async shortest(from: string, to: string, maxLength: number): Promise<PathRow> {
    return Row.parse((await this.db.read('get-shortest-path', { from, to, maxLength }))[0]);
  }
}
