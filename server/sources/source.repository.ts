// Sources of facts: lookups by id, the full list with citation counts, and one source with what cites it.
import { z } from 'zod';
import { int } from 'neo4j-driver';
import type { Database } from '../db/database.ts';
import { SourceDetailSchema, SourceSchema, type Source, type SourceDetail } from '../../core/schemas/source.schema.ts';

const ListRow = z.object({ source: SourceSchema, citesTotal: z.number().int() });

export class SourceRepository {
  constructor(private readonly db: Database) {}

  async byIds(ids: Iterable<string>): Promise<Source[]> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return [];
    const rows = await this.db.read<{ source: unknown }>('get-sources-by-ids', { ids: unique });
    return rows.map((r) => SourceSchema.parse(r.source));
  }

  async list() {
    const rows = await this.db.read('list-sources');
    return rows.map((r) => {
      const { source, citesTotal } = ListRow.parse(r);
      return { ...source, citesTotal };
    });
  }

  async get(id: string, cap = 500): Promise<SourceDetail | undefined> {
    const [row] = await this.db.read<{ source: object; cites: unknown; citesTotal: number }>('get-source', {
      id,
      cap: int(cap),
    });
    return row && SourceDetailSchema.parse({ ...row.source, cites: row.cites, citesTotal: row.citesTotal });
  }
}
