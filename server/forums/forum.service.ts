// Forums as users read them: the editions in order with the missing ones named as gaps, and one edition
// with its delegations and every source cited.
import { NotFoundError } from '../errors/errors.ts';
import type { SourceRepository } from '../sources/source.repository.ts';
import type { ForumRepository } from './forum.repository.ts';

export class ForumService {
  constructor(
    private readonly forums: ForumRepository,
    private readonly sources: SourceRepository,
  ) {}

  async list() {
    const forums = await this.forums.list();
    const known = new Set(forums.map((f) => f.edition));
    const last = Math.max(0, ...known);
    const missingEditions = Array.from({ length: last }, (_, i) => i + 1).filter((e) => !known.has(e));
    return { forums, missingEditions };
  }

  async get(id: string) {
    const [forum] = await this.forums.list([id]);
    if (!forum) throw new NotFoundError('forum', id);
    const delegations = await this.forums.delegations(id);
    const sources = await this.sources.byIds([...forum.sources, ...delegations.flatMap((d) => d.sources)]);
    return { forum, delegations, sources };
  }
}
