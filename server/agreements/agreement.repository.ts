// Agreements with their parties resolved to cities (a body stands for its city).
import type { Database } from '../db/database.ts';
import { AgreementSchema, type Agreement } from '../../core/schemas/agreement.schema.ts';

export interface AgreementFilter {
  ids?: string[];
  city?: string;
  kind?: string;
  from?: number;
  to?: number;
}

export class AgreementRepository {
  constructor(private readonly db: Database) {}

  async list(filter: AgreementFilter = {}): Promise<Agreement[]> {
    if (filter.ids?.length === 0) return [];
    const rows = await this.db.read<{ agreement: unknown }>('list-agreements', {
      ids: filter.ids ?? null,
      city: filter.city ?? null,
      kind: filter.kind ?? null,
      from: filter.from ?? null,
      to: filter.to ?? null,
    });
    return rows.map((r) => AgreementSchema.parse(r.agreement));
  }
}
