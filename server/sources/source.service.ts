// Sources as readers ask for them: the list with citation counts, and one source with what cites it.
import { NotFoundError } from '../errors/errors.ts';
import type { SourceDetail } from '../../core/schemas/source.schema.ts';
import type { SourceRepository } from './source.repository.ts';

export class SourceService {
  constructor(private readonly sources: SourceRepository) {}

  list() {
    return this.sources.list();
  }

  async get(id: string): Promise<SourceDetail> {
    const source = await this.sources.get(id);
    if (!source) throw new NotFoundError('source', id);
    return source;
  }
}
