// The shortest chain of ties between two cities, each step with the agreements that make it.
import type { AgreementRepository } from '../agreements/agreement.repository.ts';
import { NotFoundError } from '../errors/errors.ts';
import type { Path } from '../../core/schemas/path.schema.ts';
import type { PathRepository } from './path.repository.ts';

export class PathService {
  constructor(
    private readonly paths: PathRepository,
    private readonly agreements: AgreementRepository,
  ) {}

  async shortest(from: string, to: string, maxLength: number): Promise<Path> {
    const row = await this.paths.shortest(from, to, maxLength);
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
