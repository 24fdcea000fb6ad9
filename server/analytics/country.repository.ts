// The stored metrics a country's summary ranks its places by: fresh ones only (of the graph as it is now).
import { int } from 'neo4j-driver';
import { z } from 'zod';
import type { Database } from '../db/database.ts';

const CentralRow = z.object({
  id: z.string(),
  pagerank: z.number(),
  rankCountry: z.number().int(),
  rankWorld: z.number().int(),
});
export type CentralRow = z.infer<typeof CentralRow>;

export class CountryRepository {
  constructor(private readonly db: Pick<Database, 'read'>) {}

  /** The `max` places of `ids` with the highest PageRank stored for the graph at `graphAt`; none when stale. */
  async central(ids: string[], graphAt: string, max: number): Promise<CentralRow[]> {
    if (!ids.length) return [];
    const rows = await this.db.read('list-central-cities', { ids, graphAt, max: int(max) });
    return rows.map((r) => CentralRow.parse(r));
  }
}
