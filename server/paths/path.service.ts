// The shortest chain of ties between two cities, each step with the agreements that make it.
import { z } from 'zod';
import type { AgreementRepository } from '../agreements/agreement.repository.ts';
import type { Database } from '../db/database.ts';
import { NotFoundError } from '../http/errors.ts';
import { CityRefSchema } from '../../core/schemas/city.schema.ts';
import { GraphLinkSchema } from '../../core/schemas/graph.schema.ts';
import type { Path } from '../../core/schemas/path.schema.ts';

const Row = z.object({ fromExists: z.boolean(), toExists: z.boolean(), cities: z.array(CityRefSchema), ties: z.array(GraphLinkSchema) });

export class PathService {
  constructor(private readonly db: Database, private readonly agreements: AgreementRepository) {}

  async shortest(from: string, to: string, maxLength: number): Promise<Path> {
    const row = Row.parse((await this.db.read('get-shortest-path', { from, to, maxLength }))[0]);
    if (!row.fromExists) throw new NotFoundError('city', from);
    if (!row.toExists) throw new NotFoundError('city', to);
    if (row.ties.length === 0) return { found: false, length: null, cities: [], steps: [] };
    const agreements = await this.agreements.list({ ids: [...new Set(row.ties.flatMap((t) => t.agreements))] });
    const byId = new Map(agreements.map((a) => [a.id, a]));
    const steps = row.ties.map((tie, i) => ({
      from: row.cities[i]!.id,
      to: row.cities[i + 1]!.id,
      tie,
      agreements: tie.agreements.flatMap((a) => byId.get(a) ?? []),
    }));
    return { found: true, length: steps.length, cities: row.cities, steps };
  }
}
