// Cities: search by any name form, the most connected list, and the raw detail of one city.
import { z } from 'zod';
import { int } from 'neo4j-driver';
import type { Database } from '../db/database.ts';
import { BodySchema, CitySchema, CityRefSchema, InvestmentSchema, PersonSchema, type City } from '../schemas/city.schema.ts';
import { searchKeysOf } from '../search/name-keys.ts';

const RawTie = z.object({
  id: z.string(), kind: z.string(), kinds: z.array(z.string()), date: z.string().nullable(),
  datePrecision: z.enum(['year', 'month', 'day']).nullable(), year: z.number().int().nullable(),
  sources: z.array(z.string()), agreements: z.array(z.string()), city: CityRefSchema,
});

export const RawCityDetail = z.object({
  city: CitySchema,
  bodies: z.array(BodySchema),
  ties: z.array(RawTie),
  hosted: z.array(z.string()),
  attended: z.array(z.object({ forum: z.string(), delegation: z.string() })),
  people: z.array(PersonSchema),
  investments: z.array(InvestmentSchema),
});
export type RawCityDetail = z.infer<typeof RawCityDetail>;

export class CityRepository {
  constructor(private readonly db: Database) {}

  async search(q: string | undefined, country: string | undefined, limit: number): Promise<City[]> {
    const keys = q ? searchKeysOf([q]) : [];
    const rows = q
      ? keys.length ? await this.db.read<{ city: unknown }>('search-cities', { keys, country: country ?? null, limit: int(limit) }) : []
      : await this.db.read<{ city: unknown }>('list-cities', { country: country ?? null, limit: int(limit) });
    return rows.map((r) => CitySchema.parse(r.city));
  }

  async get(id: string): Promise<RawCityDetail | undefined> {
    const [row] = await this.db.read('get-city', { id });
    return row && RawCityDetail.parse(row);
  }
}
