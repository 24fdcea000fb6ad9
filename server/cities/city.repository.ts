// Cities: search by any name form, the most connected list, and the detail of one city.
import { int } from 'neo4j-driver';
import type { Database } from '../db/database.ts';
import { CityDetailSchema, CitySchema, type City, type CityDetail } from '../../core/schemas/city.schema.ts';
import { exactKeysOf, looseKeysOf } from '../search/name-keys.ts';

export class CityRepository {
  constructor(private readonly db: Database) {}

  async search(q: string | undefined, country: string | undefined, limit: number): Promise<City[]> {
    const keys = q ? exactKeysOf([q]) : [];
    const loose = q ? looseKeysOf([q]) : [];
    const rows = q
      ? keys.length
        ? await this.db.read<{ city: unknown }>('search-cities', {
            keys,
            loose,
            country: country ?? null,
            limit: int(limit),
          })
        : []
      : await this.db.read<{ city: unknown }>('list-cities', { country: country ?? null, limit: int(limit) });
    return rows.map((r) => CitySchema.parse(r.city));
  }

  /** The whole detail view in one round trip (get-city.cypher gathers agreements, forums and sources). */
  async get(id: string): Promise<CityDetail | undefined> {
    const [row] = await this.db.read('get-city', { id });
    return row && CityDetailSchema.parse(row);
  }
}
