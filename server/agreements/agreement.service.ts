// Agreements as /api/agreements lists them: filtered by city, kind and years.
import type { Agreement } from '../../core/schemas/agreement.schema.ts';
import type { AgreementFilter, AgreementRepository } from './agreement.repository.ts';

export class AgreementService {
  constructor(private readonly agreements: AgreementRepository) {}

  list(filter: AgreementFilter): Promise<Agreement[]> {
    return this.agreements.list(filter);
  }
}
